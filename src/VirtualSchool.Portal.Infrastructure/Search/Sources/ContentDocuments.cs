using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Search;

namespace VirtualSchool.Portal.Infrastructure.Search.Sources;

/// <summary>A content node as the back office's index holds it: its draft's name and words, its state, and its editor's address.</summary>
public sealed class ContentDocuments(SearchContentTypes types)
{
    public static string EditUrl(Guid key) => $"/umbraco/content/{key}";

    /// <summary>The node's state in the editors' words.</summary>
    public static string StateOf(ContentNode node) =>
        node.Trashed ? "In the recycle bin"
        : node.PublishedVersionId is null ? "Draft"
        : node.PublishedVersionId == node.DraftVersionId ? "Published"
        : "Published, with changes not yet published";

    /// <summary>The document for a node and its newest (draft) version.</summary>
    public async Task<SearchDocument> BuildAsync(ContentNode node, ContentVersion draft, CancellationToken cancellationToken)
    {
        var text = await types.WriterAsync(cancellationToken);
        if (await types.ByAliasAsync(node.ContentTypeAlias, cancellationToken) is { } type)
        {
            text.AddProperties(type, draft.Properties);
        }

        var url = EditUrl(node.Key);
        return new SearchDocument
        {
            Id = PageDocuments.IdOf(node.Key),
            Kind = SearchKind.Content,
            Title = string.IsNullOrWhiteSpace(draft.Name) ? node.Name : draft.Name,
            Url = url,
            Text = text.ToString(),
            Date = node.UpdateDate,
            Extra = new Dictionary<string, string>
            {
                ["editUrl"] = url,
                ["state"] = StateOf(node),
                ["type"] = node.ContentTypeAlias,
            },
        };
    }
}
