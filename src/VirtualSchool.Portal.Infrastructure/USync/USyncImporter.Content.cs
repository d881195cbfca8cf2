using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Media;
using VirtualSchool.Portal.Infrastructure.Content;
using VirtualSchool.Portal.Infrastructure.Media;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.USync;

/// <summary>Content nodes: their import, the dry run's plan, and publishing them as their files say.</summary>
public sealed partial class USyncImporter
{
    private async Task<USyncItemResult> ImportContentAsync(USyncNode item, CancellationToken cancellationToken)
    {
        var existing = await repository.GetNodeAsync(item.Key, cancellationToken);
        if (item.ParentKey is { } parentKey && await repository.GetNodeAsync(parentKey, cancellationToken) is null)
        {
            return Result(item, USyncChange.Failed, $"its parent {parentKey} is neither in the folder nor in the portal");
        }

        if (existing is null)
        {
            return await CreateContentAsync(item, cancellationToken);
        }

        var changed = false;
        if (existing.ParentKey != item.ParentKey)
        {
            var moved = await content.MoveAsync(item.Key, item.ParentKey, cancellationToken);
            if (!moved.Succeeded)
            {
                return Result(item, USyncChange.Failed, moved.Message ?? moved.Status.ToString());
            }

            changed = true;
            existing = moved.Node!;
        }

        var draft = await repository.GetVersionAsync(existing.DraftVersionId, cancellationToken);
        if (draft is null || draft.Name != item.Name || !SameProperties(draft.Properties, item.Properties))
        {
            var saved = await content.SaveAsync(item.Key, item.Name, item.Properties, ImportUser, cancellationToken);
            if (!saved.Succeeded)
            {
                return Result(item, USyncChange.Failed, saved.Message ?? saved.Status.ToString());
            }

            changed = true;
            existing = saved.Node!;
        }

        if (existing.SortOrder != item.SortOrder || existing.TemplateAlias != item.TemplateAlias || existing.Trashed != item.Trashed
            || !string.Equals(existing.ContentTypeAlias, item.ContentTypeAlias, StringComparison.Ordinal))
        {
            existing.SortOrder = item.SortOrder;
            existing.TemplateAlias = item.TemplateAlias;
            existing.Trashed = item.Trashed;
            existing.ContentTypeAlias = item.ContentTypeAlias;
            await repository.UpdateAsync([existing], cancellationToken: cancellationToken);
            changed = true;
        }

        var change = changed ? USyncChange.Updated : USyncChange.Unchanged;
        if (item.Published && !item.Trashed)
        {
            if (changed || existing.PublishedVersionId != existing.DraftVersionId)
            {
                return await PublishAsync(item, USyncChange.Updated, cancellationToken);
            }
        }
        else if (existing.IsPublished || item.Trashed && existing.PublishedVersionId is not null)
        {
            await content.UnpublishAsync(item.Key, ImportUser, cancellationToken);
            change = USyncChange.Updated;
        }

        return Result(item, change);
    }

    /// <summary>A node the portal does not have yet: created (straight into the recycle bin if its file says so), then published as its file says.</summary>
    private async Task<USyncItemResult> CreateContentAsync(USyncNode item, CancellationToken cancellationToken)
    {
        var created = await content.CreateAsync(
            new NewContent(item.Name, item.ContentTypeAlias, item.ParentKey, item.Properties, item.Key, item.SortOrder, item.CreateDate, item.TemplateAlias),
            ImportUser,
            enforceStructure: false,
            cancellationToken);
        if (!created.Succeeded)
        {
            return Result(item, USyncChange.Failed, created.Message ?? created.Status.ToString());
        }

        if (item.Trashed)
        {
            created.Node!.Trashed = true;
            await repository.UpdateAsync([created.Node!], cancellationToken: cancellationToken);
            return Result(item, USyncChange.Created);
        }

        return item.Published
            ? await PublishAsync(item, USyncChange.Created, cancellationToken)
            : Result(item, USyncChange.Created);
    }

    /// <summary>What a dry run has decided so far: items it would create, and nodes whose published state it would change.</summary>
    private sealed class DryRun
    {
        public HashSet<Guid> Created { get; } = [];

        public Dictionary<Guid, bool> Published { get; } = [];

        public HashSet<string> DocumentTypes { get; } = new(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// <see cref="ImportContentAsync"/> without the writes: the same checks in the same order, against what is
    /// stored and what the items before this one would have done.
    /// </summary>
    private async Task<USyncItemResult> PlanContentAsync(USyncNode item, DryRun plan, CancellationToken cancellationToken)
    {
        var existing = await repository.GetNodeAsync(item.Key, cancellationToken);
        if (item.ParentKey is { } parentKey && await repository.GetNodeAsync(parentKey, cancellationToken) is null && !plan.Created.Contains(parentKey))
        {
            return Result(item, USyncChange.Failed, $"its parent {parentKey} is neither in the folder nor in the portal");
        }

        if (existing is null)
        {
            var types = await repository.GetContentTypesAsync(cancellationToken);
            if (!plan.DocumentTypes.Contains(item.ContentTypeAlias)
                && !types.Any(t => t.Kind == ContentTypeKind.Document && string.Equals(t.Alias, item.ContentTypeAlias, StringComparison.OrdinalIgnoreCase)))
            {
                return Result(item, USyncChange.Failed, $"There is no document type '{item.ContentTypeAlias}'.");
            }

            plan.Created.Add(item.Key);
            return item.Published && !item.Trashed
                ? await PlanPublishAsync(item, USyncChange.Created, plan, cancellationToken)
                : Result(item, USyncChange.Created);
        }

        var changed = false;
        if (existing.ParentKey != item.ParentKey)
        {
            if (item.ParentKey is { } newParent
                && (newParent == item.Key || (await repository.GetDescendantsAsync(item.Key, cancellationToken)).Any(d => d.Key == newParent)))
            {
                return Result(item, USyncChange.Failed, "A page cannot be moved below itself.");
            }

            changed = true;
        }

        var draft = await repository.GetVersionAsync(existing.DraftVersionId, cancellationToken);
        changed |= draft is null || draft.Name != item.Name || !SameProperties(draft.Properties, item.Properties);
        changed |= existing.SortOrder != item.SortOrder || existing.TemplateAlias != item.TemplateAlias || existing.Trashed != item.Trashed
            || !string.Equals(existing.ContentTypeAlias, item.ContentTypeAlias, StringComparison.Ordinal);

        if (item.Published && !item.Trashed)
        {
            if (changed || existing.PublishedVersionId != existing.DraftVersionId)
            {
                return await PlanPublishAsync(item, USyncChange.Updated, plan, cancellationToken);
            }
        }
        else if (existing.PublishedVersionId is not null)
        {
            plan.Published[item.Key] = false;
            return Result(item, USyncChange.Updated);
        }

        return Result(item, changed ? USyncChange.Updated : USyncChange.Unchanged);
    }

    /// <summary>A publish fails when the parent is not published (or would not be, by then).</summary>
    private async Task<USyncItemResult> PlanPublishAsync(USyncNode item, USyncChange change, DryRun plan, CancellationToken cancellationToken)
    {
        var parentPublished = item.ParentKey is not { } parentKey
            || (plan.Published.TryGetValue(parentKey, out var planned)
                ? planned
                : (await repository.GetNodeAsync(parentKey, cancellationToken))?.IsPublished == true);
        if (!parentPublished)
        {
            return Result(item, USyncChange.Failed, "saved but not published: Publish the parent page first.");
        }

        plan.Published[item.Key] = true;
        return Result(item, change);
    }

    private async Task<USyncItemResult> PublishAsync(USyncNode item, USyncChange change, CancellationToken cancellationToken)
    {
        var published = await content.PublishAsync(item.Key, ImportUser, validate: false, cancellationToken);
        if (!published.Succeeded)
        {
            return Result(item, USyncChange.Failed, $"saved but not published: {published.Message ?? published.Status.ToString()}");
        }

        // "Last updated" is the page's own date, not the moment it was imported: the file's UpdateDate, or for a
        // page new to this portal its CreateDate. A later import of a changed file without one is a change now.
        var date = item.UpdateDate ?? (change == USyncChange.Created && item.CreateDate != DateTime.UnixEpoch ? item.CreateDate : (DateTime?)null);
        if (date is { } when && when < clock.GetUtcNow().UtcDateTime)
        {
            await DatePublishAsync(item.Key, when, cancellationToken);
        }

        return Result(item, change);
    }

    private async Task DatePublishAsync(Guid key, DateTime date, CancellationToken cancellationToken)
    {
        var node = await repository.GetNodeAsync(key, cancellationToken);
        var version = node?.PublishedVersionId is { } id ? await repository.GetVersionAsync(id, cancellationToken) : null;
        if (node is null || version is null)
        {
            return;
        }

        version.PublishedDate = date;
        node.PublishDate = date;
        node.UpdateDate = date;
        await repository.UpdateAsync([node], [version], cancellationToken);
        // The publish put today's date in this node's cache entry (and told the other nodes): both again, with the page's own.
        await cacheLoader.RefreshSubtreeAsync(key, cancellationToken);
        await cluster.RecordAsync(Cluster.CacheInstructionKind.Content, key, cancellationToken);
    }
}
