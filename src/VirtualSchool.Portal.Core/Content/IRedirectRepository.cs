namespace VirtualSchool.Portal.Core.Content;

/// <summary>Storage of redirects left behind by renamed or moved nodes.</summary>
public interface IRedirectRepository
{
    Task<RedirectUrl?> GetAsync(string oldPath, CancellationToken cancellationToken = default);

    /// <summary>Records old path → node, replacing any redirect from that path, and drops redirects from the node's new path.</summary>
    Task RecordAsync(IEnumerable<(string OldPath, Guid NodeKey, string NewPath)> moves, CancellationToken cancellationToken = default);

    /// <summary>A page of redirects, newest first, and how many there are in all.</summary>
    Task<(IReadOnlyList<RedirectUrl> Items, int Total)> ListAsync(int skip, int take, CancellationToken cancellationToken = default);

    /// <summary>Removes one redirect and returns it; null when there was none with that id.</summary>
    Task<RedirectUrl?> DeleteAsync(int id, CancellationToken cancellationToken = default);
}
