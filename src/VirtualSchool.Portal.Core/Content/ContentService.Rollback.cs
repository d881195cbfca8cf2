namespace VirtualSchool.Portal.Core.Content;

public sealed partial class ContentService
{
    /// <summary>
    /// Copies an earlier version's name and values into a new draft. History is never rewritten: the
    /// version rolled back to stays as it was, and the new draft records who rolled back.
    /// </summary>
    public async Task<Attempt<ContentNode, ContentOperationStatus>> RollbackAsync(
        Guid key, long versionId, string? user = null, CancellationToken cancellationToken = default)
    {
        var node = await repository.GetNodeAsync(key, cancellationToken);
        if (node is null)
        {
            return new(ContentOperationStatus.NotFound);
        }

        var version = await repository.GetVersionAsync(versionId, cancellationToken);
        if (version is null || version.NodeId != node.Id)
        {
            return new(ContentOperationStatus.VersionNotFound, node, Message: "That page has no such version.");
        }

        return await SaveAsync(key, version.Name, version.Properties, user, cancellationToken);
    }
}
