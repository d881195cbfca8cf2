using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core;
using VirtualSchool.Portal.Core.Feedback;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.Feedback;

/// <summary>What happened to a comment sent after an answer (the status of an <see cref="Attempt{TResult, TStatus}"/>).</summary>
public enum CommentStatus
{
    Added,
    UnknownToken,
    AlreadyCommented,
    Expired,
}

/// <summary>Stores answers to "Is this page useful?" and the optional comment that may follow.</summary>
public sealed class FeedbackService(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    /// <summary>How long after answering a reader may still add their comment.</summary>
    public static readonly TimeSpan CommentWindow = TimeSpan.FromHours(2);

    public async Task<FeedbackEntry> RecordAsync(Guid pageKey, string path, bool useful, CancellationToken cancellationToken = default)
    {
        var entry = new FeedbackEntry
        {
            PageKey = pageKey,
            Path = path,
            Useful = useful,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            Token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24)),
        };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Feedback.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return entry;
    }

    public async Task<Attempt<FeedbackEntry, CommentStatus>> AddCommentAsync(string token, string comment, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entry = await db.Feedback.SingleOrDefaultAsync(f => f.Token == token, cancellationToken);
        if (entry is null)
        {
            return new(CommentStatus.UnknownToken);
        }

        if (entry.Comment is not null)
        {
            return new(CommentStatus.AlreadyCommented, entry);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (now - entry.CreatedAt > CommentWindow)
        {
            return new(CommentStatus.Expired, entry);
        }

        entry.Comment = comment;
        entry.CommentedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return new(CommentStatus.Added, entry);
    }

    public async Task<FeedbackEntry?> FindByTokenAsync(string token, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Feedback.AsNoTracking().SingleOrDefaultAsync(f => f.Token == token, cancellationToken);
    }

    /// <summary>Erases comments older than the retention period; the yes/no counts are kept.</summary>
    public async Task<int> PurgeCommentsAsync(TimeSpan retention, CancellationToken cancellationToken = default)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - retention;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Feedback
            .Where(f => f.Comment != null && f.CreatedAt < cutoff)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.Comment, (string?)null), cancellationToken);
    }
}
