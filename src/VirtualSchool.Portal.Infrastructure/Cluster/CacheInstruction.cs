namespace VirtualSchool.Portal.Infrastructure.Cluster;

/// <summary>
/// One change to what every node keeps in memory, written by the node that made it and read by the others:
/// a page (and the pages below it) to load again, a parent whose children were sorted, the public access
/// rules, everything after a bulk import, or the media library.
/// </summary>
public sealed class CacheInstruction
{
    public long Id { get; set; }

    /// <summary>The node that made the change; it has already applied it.</summary>
    public string Origin { get; set; } = "";

    public CacheInstructionKind Kind { get; set; }

    /// <summary>The page for <see cref="CacheInstructionKind.Content"/>; the parent (none for the top level) for <see cref="CacheInstructionKind.Children"/>.</summary>
    public Guid? ItemKey { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Written by the public access rules with the rule change itself, so one never commits without the other.</summary>
    public static CacheInstruction PublicAccessChanged(ClusterNode node, TimeProvider clock) =>
        new() { Origin = node.Id, Kind = CacheInstructionKind.PublicAccess, CreatedAt = clock.GetUtcNow().UtcDateTime };
}

public enum CacheInstructionKind
{
    /// <summary>Load the page and every page below it again (publish, unpublish, move, trash).</summary>
    Content = 1,
    /// <summary>Load the children of a page again (sorted); no key means the top-level pages.</summary>
    Children = 2,
    /// <summary>Load the public access rules again.</summary>
    PublicAccess = 3,
    /// <summary>Load the whole published cache and the rules again (after a bulk import).</summary>
    All = 4,
    /// <summary>The media library changed: move the media version on, so no answer cached before it is served.</summary>
    Media = 5,
}

/// <summary>This process among the nodes sharing the database: its instructions are not applied to itself twice.</summary>
public sealed class ClusterNode
{
    /// <summary>Machine, process and a random part (two hosts in one process are two nodes); at most 64 characters.</summary>
    public string Id { get; } = Shorten($"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}");

    private static string Shorten(string id) => id.Length <= 64 ? id : id[^64..];
}
