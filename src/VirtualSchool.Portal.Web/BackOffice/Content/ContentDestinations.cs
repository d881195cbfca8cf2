using VirtualSchool.Portal.Core.Content;

namespace VirtualSchool.Portal.Web.BackOffice.Content;

/// <summary>A place a page may go: below a page (with its path of names), or the root (null key).</summary>
public sealed record ContentDestination(Guid? Key, string Label);

/// <summary>
/// Where a page may be moved or copied: below pages whose type allows its type, or the root if its type may be there.
/// Browsed one level at a time and checked one destination at a time, so neither the form nor the check loads the whole tree.
/// </summary>
public sealed class ContentDestinations(IContentRepository repository)
{
    public const int PageSize = 50;

    /// <summary>No real tree is a thousand pages deep; a corrupt loop of parents must not spin for ever.</summary>

    /// <summary>
    /// One page of the children of <paramref name="level"/> (null: the top level). The page number must already be
    /// within range (see <see cref="PagesAsync"/>).
    /// </summary>
    public async Task<ContentDestinationLevel> LevelAsync(
        ContentNode node, ContentNode? level, int page, bool excludeOwnBranch, CancellationToken cancellationToken)
    {
        var types = await TypesAsync(cancellationToken);
        var breadcrumbs = await repository.PathToAsync(level, cancellationToken);
        // Everything on this level is in the page's branch when the page is the level or one of its ancestors.
        var levelInOwnBranch = breadcrumbs.Any(b => b.Key == node.Key);
        var children = await repository.GetChildrenPageAsync(level?.Key, (page - 1) * PageSize, PageSize, cancellationToken);
        var rows = children.Items.Select(child =>
        {
            var own = levelInOwnBranch || child.Key == node.Key;
            var allowed = Allows(types, child, node) && !(excludeOwnBranch && own);
            return new ContentDestinationRow(child, allowed, !(excludeOwnBranch && child.Key == node.Key));
        }).ToList();
        return new ContentDestinationLevel(
            breadcrumbs, level is null && AllowedAtRoot(types, node), rows, children.Total, page, Pages(children.Total));
    }

    /// <summary>How many pages of <see cref="PageSize"/> the level's children fill (at least one).</summary>
    public async Task<int> PagesAsync(Guid? level, CancellationToken cancellationToken) =>
        Pages((await repository.GetChildrenPageAsync(level, 0, 0, cancellationToken)).Total);

    /// <summary>
    /// The destination a form's <c>parent</c> value names ("root" or a key), if the page may go there; null if not
    /// (unknown, trashed, a type that does not allow this page's type, or, when excluding its own branch, the page or below it).
    /// </summary>
    public async Task<ContentDestination?> CheckAsync(ContentNode node, string? parent, bool excludeOwnBranch, CancellationToken cancellationToken)
    {
        var types = await TypesAsync(cancellationToken);
        if (parent == ContentMoveCopyController.Root)
        {
            return AllowedAtRoot(types, node) ? new ContentDestination(null, "The top level") : null;
        }

        if (!Guid.TryParse(parent, out var key)
            || await repository.GetNodeAsync(key, cancellationToken) is not { Trashed: false } candidate
            || !Allows(types, candidate, node))
        {
            return null;
        }

        var chain = await repository.PathToAsync(candidate, cancellationToken);
        if (excludeOwnBranch && chain.Any(c => c.Key == node.Key))
        {
            return null;
        }

        return new ContentDestination(candidate.Key, string.Join(" › ", chain.Select(c => c.Name)));
    }

    private static int Pages(int total) => Math.Max(1, (total + PageSize - 1) / PageSize);

    private static bool AllowedAtRoot(Dictionary<string, ContentType> types, ContentNode node) =>
        types.TryGetValue(node.ContentTypeAlias, out var own) && own.AllowAtRoot;

    private static bool Allows(Dictionary<string, ContentType> types, ContentNode candidate, ContentNode node) =>
        types.TryGetValue(candidate.ContentTypeAlias, out var type)
        && type.AllowedChildren.Contains(node.ContentTypeAlias, StringComparer.OrdinalIgnoreCase);

    private async Task<Dictionary<string, ContentType>> TypesAsync(CancellationToken cancellationToken) =>
        (await repository.GetContentTypesAsync(cancellationToken))
            .Where(t => t.Kind == ContentTypeKind.Document).ByAlias();
}
