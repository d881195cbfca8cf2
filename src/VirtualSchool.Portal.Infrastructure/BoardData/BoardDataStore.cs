using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core.BoardData;
using VirtualSchool.Portal.Infrastructure.BoardData.Persistence;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.BoardData;

/// <summary>
/// The Board's termly figures as stored: a term is a draft (each upload a new version, the commentary on the newest)
/// until published; a published term never changes. Reads go to the database each time (a few small rows), so every
/// node sees a publish at once.
/// </summary>
public sealed class BoardDataStore(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock) : IBoardDataReader
{
    /// <summary>The commentary's longest length.</summary>
    public const int MaxCommentaryLength = 10_000;

    public async Task<IReadOnlyList<BoardTermFigures>> PublishedAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var terms = await db.BoardDataTerms.AsNoTracking().Where(t => t.Status == (int)BoardTermStatus.Published).ToListAsync(cancellationToken);
        var keys = terms.Select(t => t.Key).ToList();
        var versions = await db.BoardDataVersions.AsNoTracking().Where(v => keys.Contains(v.TermKey)).ToListAsync(cancellationToken);
        return [.. terms
            .Select(t => Figures(t, versions.Single(v => v.TermKey == t.Key && v.Version == t.LatestVersion)))
            .OrderBy(t => t.Term)];
    }

    public async Task<BoardTermFigures?> FindAsync(BoardTermId term, CancellationToken cancellationToken = default) =>
        await VersionAsync(term, null, cancellationToken);

    /// <summary>One version of a term (the newest when <paramref name="version"/> is null), or null.</summary>
    public async Task<BoardTermFigures?> VersionAsync(BoardTermId term, int? version, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.BoardDataTerms.AsNoTracking().FirstOrDefaultAsync(t => t.Slug == term.Slug, cancellationToken);
        if (row is null)
        {
            return null;
        }

        var wanted = version ?? row.LatestVersion;
        var stored = await db.BoardDataVersions.AsNoTracking().FirstOrDefaultAsync(v => v.TermKey == row.Key && v.Version == wanted, cancellationToken);
        return stored is null ? null : Figures(row, stored);
    }

    /// <summary>Every term with figures, newest term first.</summary>
    public async Task<IReadOnlyList<BoardTermSummary>> TermsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.BoardDataTerms.AsNoTracking().ToListAsync(cancellationToken);
        return [.. rows.Select(Summary).OrderByDescending(t => t.Term)];
    }

    public async Task<BoardTermSummary?> TermAsync(BoardTermId term, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.BoardDataTerms.AsNoTracking().FirstOrDefaultAsync(t => t.Slug == term.Slug, cancellationToken);
        return row is null ? null : Summary(row);
    }

    /// <summary>A term's versions, newest first.</summary>
    public async Task<IReadOnlyList<BoardTermVersion>> VersionsAsync(BoardTermId term, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var key = await db.BoardDataTerms.Where(t => t.Slug == term.Slug).Select(t => (Guid?)t.Key).FirstOrDefaultAsync(cancellationToken);
        var rows = key is null ? [] : await db.BoardDataVersions.AsNoTracking().Where(v => v.TermKey == key).ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(v => v.Version).Select(v => new BoardTermVersion(
            v.Version, Utc(v.SavedAt), v.SavedBy, v.FileName, BoardFiguresJson.Read(v.Figures).Count, !string.IsNullOrWhiteSpace(v.Commentary)))];
    }

    /// <summary>
    /// Stores checked figures as the term's next draft version (its first creates the term), keeping the commentary
    /// written so far. Refused for a published term.
    /// </summary>
    public async Task<BoardDataSaveResult> AddVersionAsync(BoardTermId term, IReadOnlyList<BoardFigure> figures, string? fileName, string? by, bool isExample, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var row = await db.BoardDataTerms.FirstOrDefaultAsync(t => t.Slug == term.Slug, cancellationToken);
        if (row is null)
        {
            row = new BoardTermRow { Key = Guid.NewGuid(), Slug = term.Slug, StartYear = term.StartYear, Term = (int)term.Term, CreatedAt = now };
            db.BoardDataTerms.Add(row);
        }
        else if (row.Status == (int)BoardTermStatus.Published)
        {
            return new BoardDataSaveResult(BoardDataSaveStatus.AlreadyPublished, row.LatestVersion);
        }

        var commentary = row.LatestVersion == 0 ? null
            : await db.BoardDataVersions.Where(v => v.TermKey == row.Key && v.Version == row.LatestVersion).Select(v => v.Commentary).FirstOrDefaultAsync(cancellationToken);
        row.LatestVersion++;
        row.IsExample = isExample;
        db.BoardDataVersions.Add(new BoardTermVersionRow
        {
            TermKey = row.Key,
            Version = row.LatestVersion,
            Figures = BoardFiguresJson.Write(figures),
            Commentary = commentary,
            FileName = Truncate(fileName, 255),
            SavedAt = now,
            SavedBy = Truncate(by, 254),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another upload of the same term took this version (or created the term) first.
            return new BoardDataSaveResult(BoardDataSaveStatus.Changed);
        }

        return new BoardDataSaveResult(BoardDataSaveStatus.Saved, row.LatestVersion);
    }

    /// <summary>Replaces the draft's commentary (on its newest version).</summary>
    public async Task<BoardDataSaveResult> SaveCommentaryAsync(BoardTermId term, string? commentary, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (row, refused) = await DraftAsync(db, term, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var text = string.IsNullOrWhiteSpace(commentary) ? null : commentary.Trim().ReplaceLineEndings("\n");
        // Only while the term is still a draft: a publish in between wins.
        var changed = await db.BoardDataVersions
            .Where(v => v.TermKey == row.Key && v.Version == row.LatestVersion
                && db.BoardDataTerms.Any(t => t.Key == row.Key && t.Status == (int)BoardTermStatus.Draft))
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Commentary, text), cancellationToken);
        return changed == 1 ? new BoardDataSaveResult(BoardDataSaveStatus.Saved, row.LatestVersion) : new BoardDataSaveResult(BoardDataSaveStatus.AlreadyPublished, row.LatestVersion);
    }

    /// <summary>Publishes the draft to the Board, exactly the version the data officer checked (<paramref name="version"/>).</summary>
    public async Task<BoardDataSaveResult> PublishAsync(BoardTermId term, int version, string? by, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (row, refused) = await DraftAsync(db, term, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var publishedBy = Truncate(by, 254);
        var changed = await db.BoardDataTerms
            .Where(t => t.Key == row.Key && t.Status == (int)BoardTermStatus.Draft && t.LatestVersion == version)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, (int)BoardTermStatus.Published).SetProperty(t => t.PublishedAt, now).SetProperty(t => t.PublishedBy, publishedBy), cancellationToken);
        return changed == 1 ? new BoardDataSaveResult(BoardDataSaveStatus.Saved, version) : new BoardDataSaveResult(BoardDataSaveStatus.Changed, row.LatestVersion);
    }

    /// <summary>True when no term has been stored yet (the example terms are added only then).</summary>
    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return !await db.BoardDataTerms.AnyAsync(cancellationToken);
    }

    /// <summary>The term's row while it is a draft; else why a change to it is refused (not found, already published).</summary>
    private static async Task<(BoardTermRow Row, BoardDataSaveResult? Refused)> DraftAsync(PortalDbContext db, BoardTermId term, CancellationToken cancellationToken)
    {
        var row = await db.BoardDataTerms.AsNoTracking().FirstOrDefaultAsync(t => t.Slug == term.Slug, cancellationToken);
        return row switch
        {
            null => (null!, new BoardDataSaveResult(BoardDataSaveStatus.NotFound)),
            { Status: (int)BoardTermStatus.Published } => (row, new BoardDataSaveResult(BoardDataSaveStatus.AlreadyPublished, row.LatestVersion)),
            _ => (row, null),
        };
    }

    private static BoardTermFigures Figures(BoardTermRow term, BoardTermVersionRow version) => new(
        term.Key,
        new BoardTermId(term.StartYear, (SchoolTerm)term.Term),
        (BoardTermStatus)term.Status,
        version.Version,
        version.Commentary,
        term.IsExample,
        term.PublishedAt is { } at ? Utc(at) : null,
        BoardFiguresJson.Read(version.Figures));

    private static BoardTermSummary Summary(BoardTermRow t) => new(
        t.Key, new BoardTermId(t.StartYear, (SchoolTerm)t.Term), (BoardTermStatus)t.Status, t.LatestVersion, t.IsExample,
        t.PublishedAt is { } at ? Utc(at) : null, t.PublishedBy);

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    private static string? Truncate(string? value, int length) => value is null || value.Length <= length ? value : value[..length];
}
