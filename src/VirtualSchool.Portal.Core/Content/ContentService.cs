using VirtualSchool.Portal.Core.Notifications;

namespace VirtualSchool.Portal.Core.Content;

/// <summary>
/// The content engine's operations: create, save drafts, publish, unpublish and move. Each raises
/// notifications; the published-content cache, redirects and (later) search react to them.
/// </summary>
public sealed partial class ContentService(IContentRepository repository, IEventAggregator events, TimeProvider clock)
{
    public async Task<Attempt<ContentNode, ContentOperationStatus>> CreateAsync(
        NewContent content, string? user = null, bool enforceStructure = true, CancellationToken cancellationToken = default)
    {
        var types = await GetTypesAsync(cancellationToken);
        if (!types.TryGetValue(content.ContentTypeAlias, out var type) || type.Kind != ContentTypeKind.Document)
        {
            return new(ContentOperationStatus.ContentTypeNotFound, Message: $"There is no document type '{content.ContentTypeAlias}'.");
        }

        ContentNode? parent = null;
        if (content.ParentKey is { } parentKey)
        {
            parent = await repository.GetNodeAsync(parentKey, cancellationToken);
            if (parent is null)
            {
                return new(ContentOperationStatus.ParentNotFound, Message: $"There is no parent node {parentKey}.");
            }
        }

        if (enforceStructure)
        {
            var allowed = parent is null
                ? type.AllowAtRoot
                : types.TryGetValue(parent.ContentTypeAlias, out var parentType)
                    && parentType.AllowedChildren.Contains(type.Alias, StringComparer.OrdinalIgnoreCase);
            if (!allowed)
            {
                return new(ContentOperationStatus.ContentTypeNotAllowed, Message: $"A {type.Name} cannot be created here.");
            }
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var sortOrder = content.SortOrder ?? NextSortOrder(await repository.GetMaxSortOrderAsync(content.ParentKey, cancellationToken));
        var node = new ContentNode
        {
            Key = content.Key ?? Guid.NewGuid(),
            ParentKey = content.ParentKey,
            Level = (parent?.Level ?? 0) + 1,
            SortOrder = sortOrder,
            Name = content.Name.Trim(),
            UrlSegment = UrlSegments.FromName(content.Name),
            ContentTypeAlias = type.Alias,
            TemplateAlias = content.TemplateAlias,
            CreateDate = content.CreateDate ?? now,
            UpdateDate = now,
        };
        var version = new ContentVersion
        {
            VersionNumber = 1,
            Name = node.Name,
            Properties = new Dictionary<string, string?>(content.Values, StringComparer.OrdinalIgnoreCase),
            CreateDate = now,
            CreatedBy = user,
        };
        await repository.CreateAsync(node, version, cancellationToken);
        await events.PublishAsync(new ContentSavedNotification(node, version), cancellationToken);
        return new(ContentOperationStatus.Success, node);
    }

    /// <summary>Saves a new draft version. Readers keep seeing the published version until it is published.</summary>
    public async Task<Attempt<ContentNode, ContentOperationStatus>> SaveAsync(
        Guid key, string name, IReadOnlyDictionary<string, string?> values, string? user = null, CancellationToken cancellationToken = default)
    {
        var node = await repository.GetNodeAsync(key, cancellationToken);
        if (node is null)
        {
            return new(ContentOperationStatus.NotFound);
        }

        var versions = await repository.GetVersionsAsync(key, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var version = new ContentVersion
        {
            VersionNumber = versions.Count == 0 ? 1 : versions.Max(v => v.VersionNumber) + 1,
            Name = name.Trim(),
            Properties = new Dictionary<string, string?>(values, StringComparer.OrdinalIgnoreCase),
            CreateDate = now,
            CreatedBy = user,
        };
        node.Name = version.Name;
        node.UpdateDate = now;
        await repository.AddVersionAsync(node, version, cancellationToken);
        await events.PublishAsync(new ContentSavedNotification(node, version), cancellationToken);
        return new(ContentOperationStatus.Success, node);
    }

    /// <summary>
    /// Publishes the node's newest version, after validation and the publishing notification. Imports pass
    /// <paramref name="validate"/> false: content that was published on its source site is taken as it is.
    /// </summary>
    public async Task<Attempt<ContentNode, ContentOperationStatus>> PublishAsync(
        Guid key, string? user = null, bool validate = true, CancellationToken cancellationToken = default)
    {
        var node = await repository.GetNodeAsync(key, cancellationToken);
        if (node is null)
        {
            return new(ContentOperationStatus.NotFound);
        }

        if (node.Trashed)
        {
            return new(ContentOperationStatus.Trashed, node);
        }

        if (node.ParentKey is { } parentKey && await repository.GetNodeAsync(parentKey, cancellationToken) is not { IsPublished: true })
        {
            return new(ContentOperationStatus.PathNotPublished, node, Message: "Publish the parent page first.");
        }

        var types = await GetTypesAsync(cancellationToken);
        if (!types.TryGetValue(node.ContentTypeAlias, out var type))
        {
            return new(ContentOperationStatus.ContentTypeNotFound, node);
        }

        var composed = ContentTypeComposer.Compose(type, types);
        var version = await repository.GetVersionAsync(node.DraftVersionId, cancellationToken)
            ?? throw new InvalidOperationException($"Node {node.Key} has no draft version {node.DraftVersionId}.");
        var errors = validate ? ContentValidator.Validate(composed, version.Properties) : [];
        if (errors.Count > 0)
        {
            return new(ContentOperationStatus.InvalidProperties, node, errors);
        }

        var publishing = new ContentPublishingNotification(node, version);
        await events.PublishAsync(publishing, cancellationToken);
        if (publishing.Cancel)
        {
            return new(ContentOperationStatus.CancelledByNotification, node, Message: publishing.CancelReason);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        version.PublishedDate = now;
        version.CreatedBy ??= user;
        node.PublishedVersionId = version.Id;
        node.PublishDate = now;
        node.Name = version.Name;
        node.UrlSegment = UrlSegments.FromName(version.Name);
        node.UpdateDate = now;
        await repository.UpdateAsync([node], [version], cancellationToken);
        await events.PublishAsync(new ContentPublishedNotification(node, version, composed), cancellationToken);
        return new(ContentOperationStatus.Success, node);
    }

    public async Task<Attempt<ContentNode, ContentOperationStatus>> UnpublishAsync(Guid key, string? user = null, CancellationToken cancellationToken = default)
    {
        _ = user;
        var node = await repository.GetNodeAsync(key, cancellationToken);
        if (node is null)
        {
            return new(ContentOperationStatus.NotFound);
        }

        if (!node.IsPublished)
        {
            return new(ContentOperationStatus.NotPublished, node);
        }

        var unpublishing = new ContentUnpublishingNotification(node);
        await events.PublishAsync(unpublishing, cancellationToken);
        if (unpublishing.Cancel)
        {
            return new(ContentOperationStatus.CancelledByNotification, node, Message: unpublishing.CancelReason);
        }

        node.PublishedVersionId = null;
        node.UpdateDate = clock.GetUtcNow().UtcDateTime;
        await repository.UpdateAsync([node], cancellationToken: cancellationToken);
        await events.PublishAsync(new ContentUnpublishedNotification(node), cancellationToken);
        return new(ContentOperationStatus.Success, node);
    }

    /// <summary>Moves a node (and so its descendants) under another parent, or to the root.</summary>
    public async Task<Attempt<ContentNode, ContentOperationStatus>> MoveAsync(Guid key, Guid? newParentKey, CancellationToken cancellationToken = default)
    {
        var node = await repository.GetNodeAsync(key, cancellationToken);
        if (node is null)
        {
            return new(ContentOperationStatus.NotFound);
        }

        ContentNode? parent = null;
        if (newParentKey is { } parentKey)
        {
            parent = await repository.GetNodeAsync(parentKey, cancellationToken);
            if (parent is null)
            {
                return new(ContentOperationStatus.ParentNotFound, node);
            }

            var descendants = await repository.GetDescendantsAsync(key, cancellationToken);
            if (parentKey == key || descendants.Any(d => d.Key == parentKey))
            {
                return new(ContentOperationStatus.InvalidMove, node, Message: "A page cannot be moved below itself.");
            }
        }

        var oldParent = node.ParentKey;
        var levelShift = (parent?.Level ?? 0) + 1 - node.Level;
        var maxSortOrder = await repository.GetMaxSortOrderAsync(newParentKey, cancellationToken);
        node.ParentKey = newParentKey;
        node.Level += levelShift;
        node.SortOrder = NextSortOrder(maxSortOrder);
        node.UpdateDate = clock.GetUtcNow().UtcDateTime;
        var moved = new List<ContentNode> { node };
        if (levelShift != 0)
        {
            foreach (var descendant in await repository.GetDescendantsAsync(key, cancellationToken))
            {
                descendant.Level += levelShift;
                moved.Add(descendant);
            }
        }

        await repository.UpdateAsync(moved, cancellationToken: cancellationToken);
        await events.PublishAsync(new ContentMovedNotification(node, oldParent), cancellationToken);
        return new(ContentOperationStatus.Success, node);
    }

    /// <summary>The sort order that puts a node last on its level, given the level's highest (null when empty).</summary>
    private static int NextSortOrder(int? maxSortOrder) => maxSortOrder is { } max ? max + 1 : 0;

    private async Task<Dictionary<string, ContentType>> GetTypesAsync(CancellationToken cancellationToken) =>
        (await repository.GetContentTypesAsync(cancellationToken))
            .Where(t => t.Kind == ContentTypeKind.Document).ByAlias();
}
