namespace VirtualSchool.Portal.Core.Content;

public sealed partial class ContentService
{
    /// <summary>
    /// Publishes the version readers already see with <paramref name="changes"/> applied, and nothing else. A
    /// newer draft (say a writer's, waiting for an editor's approval) is not published: it is saved again on top,
    /// under its own author and with the same changes, so it still waits, and approving it later keeps them.
    /// For an action that is entitled to change a few values but not to publish what others wrote.
    /// </summary>
    public async Task<Attempt<ContentNode, ContentOperationStatus>> PublishChangeToPublishedAsync(
        Guid key, IReadOnlyDictionary<string, string?> changes, string? user = null, CancellationToken cancellationToken = default)
    {
        var node = await repository.GetNodeAsync(key, cancellationToken);
        if (node is null)
        {
            return new(ContentOperationStatus.NotFound);
        }

        if (!node.IsPublished)
        {
            return new(ContentOperationStatus.NotPublished, node, Message: "It is not published: an editor must publish it first.");
        }

        var published = await repository.GetVersionAsync(node.PublishedVersionId!.Value, cancellationToken)
            ?? throw new InvalidOperationException($"Node {node.Key} has no published version {node.PublishedVersionId}.");
        var draft = await PendingDraftAsync(node, published, cancellationToken);

        var saved = await SaveAsync(key, published.Name, With(published.Properties, changes), user, cancellationToken);
        var result = saved.Succeeded ? await PublishAsync(key, user, cancellationToken: cancellationToken) : saved;
        if (draft is not null)
        {
            // Whether or not the publish went ahead, the pending draft is the newest version again.
            await SaveAsync(key, draft.Name, result.Succeeded ? With(draft.Properties, changes) : draft.Properties, draft.CreatedBy, cancellationToken);
        }

        return result;
    }

    /// <summary>The newest draft when it differs from the published version (its name or any value); otherwise null.</summary>
    public async Task<ContentVersion?> PendingDraftAsync(ContentNode node, ContentVersion published, CancellationToken cancellationToken = default)
    {
        if (node.DraftVersionId == published.Id || await repository.GetVersionAsync(node.DraftVersionId, cancellationToken) is not { } draft)
        {
            return null;
        }

        return ChangedProperties(published, draft).Count > 0 || !string.Equals(draft.Name, published.Name, StringComparison.Ordinal) ? draft : null;
    }

    /// <summary>The aliases of the values that differ between two versions (a missing value counts as empty).</summary>
    public static IReadOnlyList<string> ChangedProperties(ContentVersion older, ContentVersion newer) =>
        older.Properties.Keys.Union(newer.Properties.Keys, StringComparer.OrdinalIgnoreCase)
            .Where(alias => !string.Equals(older.Properties.GetValueOrDefault(alias) ?? "", newer.Properties.GetValueOrDefault(alias) ?? "", StringComparison.Ordinal))
            .Order(StringComparer.OrdinalIgnoreCase)
            .ToList();

    private static Dictionary<string, string?> With(IReadOnlyDictionary<string, string?> values, IReadOnlyDictionary<string, string?> changes)
    {
        var merged = new Dictionary<string, string?>(values, StringComparer.OrdinalIgnoreCase);
        foreach (var (alias, value) in changes)
        {
            merged[alias] = value;
        }

        return merged;
    }
}
