namespace VirtualSchool.Portal.Core.Content;

public sealed partial class ContentService
{
    /// <summary>
    /// Copies a node's newest draft (and, if asked, its descendants' drafts) below another parent, with new
    /// keys and unpublished. The copy's name gets " (copy)" when a page there already has that name.
    /// </summary>
    public async Task<Attempt<ContentNode, ContentOperationStatus>> CopyAsync(
        Guid key, Guid? newParentKey, bool includeDescendants, string? user = null, CancellationToken cancellationToken = default)
    {
        var node = await repository.GetNodeAsync(key, cancellationToken);
        if (node is null)
        {
            return new(ContentOperationStatus.NotFound);
        }

        if (includeDescendants && newParentKey is { } target
            && (target == key || (await repository.GetDescendantsAsync(key, cancellationToken)).Any(d => d.Key == target)))
        {
            return new(ContentOperationStatus.InvalidMove, node, Message: "A page and its descendants cannot be copied below itself.");
        }

        var siblings = await repository.GetChildrenAsync(newParentKey, cancellationToken);
        var name = node.Name;
        while (siblings.Any(s => !s.Trashed && string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            name += " (copy)";
        }

        var descendants = includeDescendants ? await repository.GetDescendantsAsync(key, cancellationToken) : [];
        var top = await CopyOneAsync(node, name, newParentKey, null, enforceStructure: true, user, cancellationToken);
        if (!top.Succeeded)
        {
            return top;
        }

        var newKeys = new Dictionary<Guid, Guid> { [key] = top.Node!.Key };
        foreach (var descendant in descendants.OrderBy(d => d.Level).ThenBy(d => d.SortOrder))
        {
            // They were allowed where they were, below the same types, so the structure holds.
            var copied = await CopyOneAsync(descendant, descendant.Name, newKeys[descendant.ParentKey!.Value], descendant.SortOrder, enforceStructure: false, user, cancellationToken);
            newKeys[descendant.Key] = copied.Node!.Key;
        }

        return top;
    }

    private async Task<Attempt<ContentNode, ContentOperationStatus>> CopyOneAsync(
        ContentNode source, string name, Guid? parentKey, int? sortOrder, bool enforceStructure, string? user, CancellationToken cancellationToken)
    {
        var draft = await repository.GetVersionAsync(source.DraftVersionId, cancellationToken)
            ?? throw new InvalidOperationException($"Node {source.Key} has no draft version {source.DraftVersionId}.");
        return await CreateAsync(
            new NewContent(name, source.ContentTypeAlias, parentKey, draft.Properties, SortOrder: sortOrder, TemplateAlias: source.TemplateAlias),
            user, enforceStructure, cancellationToken);
    }
}
