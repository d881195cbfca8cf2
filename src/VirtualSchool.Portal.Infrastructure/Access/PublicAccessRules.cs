using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Core.Notifications;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.Access;

/// <summary>
/// The stored public access rules, answered from memory. Rules are loaded once at start-up (or at the first
/// question, whichever comes first, so nothing is ever answered as public before the rules are known) and the
/// snapshot is replaced whenever an editor changes a rule on this node; the change is written with an
/// instruction for the other nodes sharing the database, in the same transaction. Content inherits through the published
/// ancestors; media through its parent folders, read from the database because media has no in-memory tree.
/// </summary>
public sealed class PublicAccessRules(
    IDbContextFactory<PortalDbContext> contexts,
    IPublishedContentCache cache,
    TimeProvider clock,
    Cluster.ClusterNode node,
    IEventAggregator events) : IPublicAccess, IDisposable
{
    private sealed record Snapshot(
        long Version,
        IReadOnlyDictionary<Guid, IReadOnlySet<string>> Content,
        IReadOnlyDictionary<Guid, IReadOnlySet<string>> Media);

    private readonly Lock _loading = new();
    private readonly SemaphoreSlim _writing = new(1, 1);
    private Snapshot? _rules;

    /// <summary>Changes whenever a rule changes; caches of rendered pages key on it.</summary>
    public long Version => Current.Version;

    /// <summary>True when at least one content or media rule exists.</summary>
    public bool Any => Current.Content.Count > 0 || Current.Media.Count > 0;

    private Snapshot Current
    {
        get
        {
            var rules = Volatile.Read(ref _rules);
            if (rules is not null)
            {
                return rules;
            }

            lock (_loading)
            {
                if (_rules is null)
                {
                    using var db = contexts.CreateDbContext();
                    Volatile.Write(ref _rules, Build(1, db.PublicAccessRules.AsNoTracking().ToList()));
                }

                return _rules!;
            }
        }
    }

    public async Task LoadAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var list = await db.PublicAccessRules.AsNoTracking().ToListAsync(cancellationToken);
        Volatile.Write(ref _rules, Build((_rules?.Version ?? 0) + 1, list));
        await events.PublishAsync(new PublicAccessChangedNotification(), cancellationToken);
    }

    public IReadOnlySet<string>? AllowedGroups(PublishedContent content)
    {
        var rules = Current.Content;
        if (rules.Count == 0)
        {
            return null;
        }

        if (rules.TryGetValue(content.Key, out var own))
        {
            return own;
        }

        IReadOnlyList<PublishedContent> ancestors = cache.GetAncestors(content.Key);
        if (ancestors.Count == 0 && content.ParentKey is { } parentKey && cache.GetByKey(parentKey) is { } parent)
        {
            // A draft being previewed is not in the published cache: start from its parent.
            ancestors = [.. cache.GetAncestors(parentKey), parent];
        }

        // The nearest restricted ancestor decides, as in Umbraco.
        for (var i = ancestors.Count - 1; i >= 0; i--)
        {
            if (rules.TryGetValue(ancestors[i].Key, out var inherited))
            {
                return inherited;
            }
        }

        return null;
    }

    public IReadOnlySet<string>? AllowedMediaGroups(Guid mediaKey)
    {
        var rules = Current.Media;
        if (rules.Count == 0)
        {
            return null;
        }

        if (rules.TryGetValue(mediaKey, out var own))
        {
            return own;
        }

        using var db = contexts.CreateDbContext();
        Guid? next = db.MediaItems.Where(m => m.Key == mediaKey).Select(m => m.ParentKey).FirstOrDefault();
        // A corrupt loop of parents must not spin for ever.
        for (var depth = 0; next is { } key && depth < 1000; depth++)
        {
            if (rules.TryGetValue(key, out var inherited))
            {
                return inherited;
            }

            next = db.MediaItems.Where(m => m.Key == key).Select(m => m.ParentKey).FirstOrDefault();
        }

        return null;
    }

    /// <summary>The rule set on this very item (not inherited), or null.</summary>
    public IReadOnlySet<string>? OwnRule(PublicAccessTarget target, Guid key) =>
        (target == PublicAccessTarget.Content ? Current.Content : Current.Media).TryGetValue(key, out var groups) ? groups : null;

    /// <summary>Every stored rule, for the back office.</summary>
    public async Task<IReadOnlyList<PublicAccessRule>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.PublicAccessRules.AsNoTracking().OrderBy(r => r.Target).ThenBy(r => r.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Restricts an item to groups, or (with no groups) makes it public again; takes effect at once.</summary>
    public async Task SetAsync(PublicAccessTarget target, Guid key, IReadOnlyCollection<string> groups, string? user, CancellationToken cancellationToken = default)
    {
        await _writing.WaitAsync(cancellationToken);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var rule = await db.PublicAccessRules.SingleOrDefaultAsync(r => r.Target == target && r.ItemKey == key, cancellationToken);
            var names = groups.Where(g => !string.IsNullOrWhiteSpace(g)).Select(g => g.Trim()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            if (names.Count == 0)
            {
                if (rule is not null)
                {
                    db.PublicAccessRules.Remove(rule);
                }
            }
            else
            {
                if (rule is null)
                {
                    rule = new PublicAccessRule { Target = target, ItemKey = key };
                    db.PublicAccessRules.Add(rule);
                }

                rule.Groups = names;
                rule.UpdatedAt = clock.GetUtcNow().UtcDateTime;
                rule.UpdatedBy = user;
            }

            db.CacheInstructions.Add(Cluster.CacheInstruction.PublicAccessChanged(node, clock));
            await db.SaveChangesAsync(cancellationToken);
            await LoadAsync(cancellationToken);
        }
        finally
        {
            _writing.Release();
        }
    }

    /// <summary>A member group was renamed: every rule naming it follows.</summary>
    public async Task RenameGroupAsync(string oldName, string newName, CancellationToken cancellationToken = default)
    {
        await _writing.WaitAsync(cancellationToken);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            foreach (var rule in await db.PublicAccessRules.ToListAsync(cancellationToken))
            {
                if (rule.Groups.Contains(oldName))
                {
                    rule.Groups = [.. rule.Groups.Select(g => g == oldName ? newName : g).Distinct(StringComparer.Ordinal)];
                }
            }

            db.CacheInstructions.Add(Cluster.CacheInstruction.PublicAccessChanged(node, clock));
            await db.SaveChangesAsync(cancellationToken);
            await LoadAsync(cancellationToken);
        }
        finally
        {
            _writing.Release();
        }
    }

    public void Dispose() => _writing.Dispose();

    private static Snapshot Build(long version, IReadOnlyList<PublicAccessRule> rules) => new(
        version,
        rules.Where(r => r.Target == PublicAccessTarget.Content && r.Groups.Count > 0)
            .ToDictionary(r => r.ItemKey, r => (IReadOnlySet<string>)r.Groups.ToHashSet(StringComparer.Ordinal)),
        rules.Where(r => r.Target == PublicAccessTarget.Media && r.Groups.Count > 0)
            .ToDictionary(r => r.ItemKey, r => (IReadOnlySet<string>)r.Groups.ToHashSet(StringComparer.Ordinal)));
}
