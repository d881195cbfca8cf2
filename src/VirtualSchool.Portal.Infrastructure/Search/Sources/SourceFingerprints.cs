using System.Globalization;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.Search.Sources;

/// <summary>
/// The populators' fingerprints: counts and latest update times read from the database, so an index built before
/// a change this node did not see (it was stopped) is found behind at start-up and rebuilt.
/// </summary>
public sealed class SourceFingerprints(IDbContextFactory<PortalDbContext> contexts)
{
    /// <summary>Bumped when what a populator writes changes shape, so every node rebuilds once after an upgrade.</summary>
    public const string Version = "sources-1";

    public async Task<string> PublishedPagesAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var published = db.ContentNodes.Where(n => n.PublishedVersionId != null && !n.Trashed);
        var sessions = db.TrainingSessions;
        return Join(
            "pages",
            await published.CountAsync(cancellationToken),
            await published.MaxAsync(n => (DateTime?)n.UpdateDate, cancellationToken),
            await published.MaxAsync(n => n.PublishDate, cancellationToken),
            await sessions.CountAsync(cancellationToken),
            await sessions.MaxAsync(s => (DateTime?)s.UpdatedAt, cancellationToken),
            await RulesAsync(db, cancellationToken));
    }

    public async Task<string> ContentAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return Join(
            "content",
            await db.ContentNodes.CountAsync(cancellationToken),
            await db.ContentNodes.MaxAsync(n => (DateTime?)n.UpdateDate, cancellationToken),
            await db.ContentVersions.MaxAsync(v => (long?)v.Id, cancellationToken));
    }

    public async Task<string> MediaAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return Join(
            "media",
            await db.MediaItems.CountAsync(cancellationToken),
            await db.MediaItems.MaxAsync(m => (DateTime?)m.UpdateDate, cancellationToken),
            await db.MediaItems.CountAsync(m => m.Trashed, cancellationToken),
            await RulesAsync(db, cancellationToken));
    }

    private static async Task<string> RulesAsync(PortalDbContext db, CancellationToken cancellationToken) =>
        Join(
            "rules",
            await db.PublicAccessRules.CountAsync(cancellationToken),
            await db.PublicAccessRules.MaxAsync(r => (DateTime?)r.UpdatedAt, cancellationToken));

    public static string Join(string source, params object?[] parts) =>
        string.Join(';', new object?[] { Version, source }.Concat(parts).Select(p => p switch
        {
            DateTime d => d.Ticks.ToString(CultureInfo.InvariantCulture),
            null => "-",
            _ => Convert.ToString(p, CultureInfo.InvariantCulture),
        }));
}
