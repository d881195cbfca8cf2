using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.Feedback;

/// <summary>Answers given between two instants (UTC, the end excluded); either may be open.</summary>
public sealed record FeedbackPeriod(DateTime? From, DateTime? To);

public sealed record FeedbackComment(string Comment, bool Useful, DateTime At);

/// <summary>
/// Reports on "Is this page useful?": counted by the database, grouped by page, so that a year of answers is
/// never loaded into memory.
/// </summary>
public sealed class FeedbackReport(IDbContextFactory<PortalDbContext> contexts)
{
    /// <summary>Pages with answers in the period, most answers first.</summary>
    public async Task<Paged<FeedbackPageCounts>> PagesAsync(FeedbackPeriod period, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var grouped = Grouped(db, period);
        var total = await grouped.CountAsync(cancellationToken);
        var rows = await Ordered(grouped)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(r => new FeedbackPageCounts(r.PageKey, r.Path, r.Yes, r.No, r.Comments))
            .ToListAsync(cancellationToken);
        return new Paged<FeedbackPageCounts>(rows, total, page, pageSize);
    }

    /// <summary>Every page with answers in the period, most answers first, read one row at a time (for exports).</summary>
    public async IAsyncEnumerable<FeedbackPageCounts> AllPagesAsync(FeedbackPeriod period, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = Ordered(Grouped(db, period)).Select(r => new FeedbackPageCounts(r.PageKey, r.Path, r.Yes, r.No, r.Comments));
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return row;
        }
    }

    /// <summary>Every comment in the period with its page and answer, newest first, read one row at a time (for exports).</summary>
    public async IAsyncEnumerable<(Guid PageKey, string Path, FeedbackComment Comment)> AllCommentsAsync(
        FeedbackPeriod period, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = InPeriod(db, period).Where(f => f.Comment != null)
            .OrderByDescending(f => f.CommentedAt ?? f.CreatedAt).ThenByDescending(f => f.Id)
            .Select(f => new { f.PageKey, f.Path, f.Comment, f.Useful, At = f.CommentedAt ?? f.CreatedAt });
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return (row.PageKey, row.Path, new FeedbackComment(row.Comment!, row.Useful, row.At));
        }
    }

    /// <summary>One page's counts in the period (null when it has no answers), and a page of its comments, newest first.</summary>
    public async Task<(FeedbackPageCounts? Counts, Paged<FeedbackComment> Comments)> PageAsync(
        Guid pageKey, FeedbackPeriod period, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var counts = await Grouped(db, period, pageKey)
            .Select(r => new FeedbackPageCounts(r.PageKey, r.Path, r.Yes, r.No, r.Comments))
            .SingleOrDefaultAsync(cancellationToken);
        var comments = InPeriod(db, period).Where(f => f.PageKey == pageKey && f.Comment != null);
        var total = await comments.CountAsync(cancellationToken);
        var items = await comments
            .OrderByDescending(f => f.CommentedAt ?? f.CreatedAt).ThenByDescending(f => f.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(f => new FeedbackComment(f.Comment!, f.Useful, f.CommentedAt ?? f.CreatedAt))
            .ToListAsync(cancellationToken);
        return (counts, new Paged<FeedbackComment>(items, total, page, pageSize));
    }

    private static IQueryable<Core.Feedback.FeedbackEntry> InPeriod(PortalDbContext db, FeedbackPeriod period)
    {
        var query = db.Feedback.AsNoTracking();
        if (period.From is { } from)
        {
            query = query.Where(f => f.CreatedAt >= from);
        }

        if (period.To is { } to)
        {
            query = query.Where(f => f.CreatedAt < to);
        }

        return query;
    }

    private static IQueryable<PageGroup> Ordered(IQueryable<PageGroup> groups) =>
        groups.OrderByDescending(r => r.Yes + r.No).ThenBy(r => r.Path).ThenBy(r => r.PageKey);

    private static IQueryable<PageGroup> Grouped(PortalDbContext db, FeedbackPeriod period, Guid? pageKey = null)
    {
        var query = InPeriod(db, period);
        if (pageKey is { } key)
        {
            query = query.Where(f => f.PageKey == key);
        }

        // The stored path is the page's path when the answer was given; the latest one stands for the page.
        return query.GroupBy(f => f.PageKey).Select(g => new PageGroup
        {
            PageKey = g.Key,
            Path = g.Max(f => f.Path)!,
            Yes = g.Count(f => f.Useful),
            No = g.Count(f => !f.Useful),
            Comments = g.Count(f => f.Comment != null),
        });
    }

    // A plain shape EF Core can sort and page on in SQL (it cannot see through a record's constructor).
    private sealed class PageGroup
    {
        public Guid PageKey { get; init; }
        public string Path { get; init; } = "";
        public int Yes { get; init; }
        public int No { get; init; }
        public int Comments { get; init; }
    }
}
