namespace VirtualSchool.Portal.Infrastructure.Cluster;

/// <summary>
/// Applies, on this node, one kind of instruction another node wrote (a feature's own kinds: search, synonyms, training),
/// so the dispatcher knows no feature. Register as a singleton; <see cref="CacheInstructions"/> finds it by kind.
/// </summary>
public interface ICacheInstructionHandler
{
    CacheInstructionKind Kind { get; }

    /// <summary>Another node changed the item (or everything of the kind when <paramref name="itemKey"/> is null).</summary>
    Task ApplyAsync(Guid? itemKey, CancellationToken cancellationToken);
}
