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
