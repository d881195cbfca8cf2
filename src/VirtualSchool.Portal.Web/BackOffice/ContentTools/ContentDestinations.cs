using VirtualSchool.Portal.Core.Content;

namespace VirtualSchool.Portal.Web.BackOffice.ContentTools;

/// <summary>A place a page may go: below a page (with its path of names), or the root (null key).</summary>
public sealed record ContentDestination(Guid? Key, string Label);

/// <summary>Where a page may be moved or copied: below pages whose type allows its type, or the root if its type may be there.</summary>
public sealed class ContentDestinations(IContentRepository repository)
{
    public async Task<IReadOnlyList<ContentDestination>> ForAsync(ContentNode node, bool excludeOwnBranch, CancellationToken cancellationToken)
    {
        var types = (await repository.GetContentTypesAsync(cancellationToken))
            .Where(t => t.Kind == ContentTypeKind.Document)
            .GroupBy(t => t.Alias, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var excluded = new HashSet<Guid>();
        if (excludeOwnBranch)
        {
            excluded.Add(node.Key);
            excluded.UnionWith((await repository.GetDescendantsAsync(node.Key, cancellationToken)).Select(d => d.Key));
        }

        var result = new List<ContentDestination>();
        if (types.TryGetValue(node.ContentTypeAlias, out var own) && own.AllowAtRoot)
        {
            result.Add(new(null, "The top level"));
        }

        // The whole live tree in one query, walked in memory: one query per node made this page take seconds at 10,000 pages.
        var children = (await repository.GetLiveNodesAsync(cancellationToken)).ToLookup(n => n.ParentKey);
        foreach (var root in children[null])
        {
            Add(root, root.Name);
        }

        return result;

        void Add(ContentNode candidate, string path)
        {
            if (excluded.Contains(candidate.Key))
            {
                return;
            }

            if (types.TryGetValue(candidate.ContentTypeAlias, out var type)
                && type.AllowedChildren.Contains(node.ContentTypeAlias, StringComparer.OrdinalIgnoreCase))
            {
                result.Add(new(candidate.Key, path));
            }

            foreach (var child in children[candidate.Key])
            {
                Add(child, $"{path} › {child.Name}");
            }
        }
    }
}
