namespace VirtualSchool.Portal.Core.Content;

/// <summary>Where a page is in the tree, walked up one parent at a time.</summary>
public static class ContentPaths
{
    /// <summary>A corrupt loop of parents must not spin for ever; no real tree is a thousand pages deep.</summary>
    public const int MaxDepth = 1000;

    /// <summary>
    /// The chain from the top of the tree down to (and including) <paramref name="node"/>; empty for none. The chain
    /// stops below a parent that no longer exists, so its first page then has a <see cref="ContentNode.ParentKey"/>.
    /// </summary>
    public static async Task<List<ContentNode>> PathToAsync(this IContentRepository repository, ContentNode? node, CancellationToken cancellationToken = default)
    {
        var chain = new List<ContentNode>();
        for (var current = node; current is not null && chain.Count < MaxDepth;)
        {
            chain.Add(current);
            current = current.ParentKey is { } parentKey ? await repository.GetNodeAsync(parentKey, cancellationToken) : null;
        }

        chain.Reverse();
        return chain;
    }
}
