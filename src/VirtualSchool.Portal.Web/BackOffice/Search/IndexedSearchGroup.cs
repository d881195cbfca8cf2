using System.Globalization;
using VirtualSchool.Portal.Core.Search;

namespace VirtualSchool.Portal.Web.BackOffice.Search;

/// <summary>
/// A group answered by one of the node's search indexes as a back-office reader (restricted pages and drafts included):
/// content and media from the internal index, members from the members index.
/// </summary>
public sealed class IndexedSearchGroup(ISearcher searcher, string key, string title, string policy, string index, SearchKind kind) : IBackOfficeSearchGroup
{
    /// <summary>What the members index keeps beside a member's name, shown under it.</summary>
    private static readonly string[] MemberExtras = ["email", "groups"];

    public string Key => key;

    public string Title => title;

    public string Policy => policy;

    public async Task<BackOfficeSearchGroupResult> SearchAsync(BackOfficeSearchQuery query, CancellationToken cancellationToken)
    {
        var results = await searcher.SearchAsync(index, new SearchRequest
        {
            Text = query.Text,
            Kinds = [kind],
            Page = query.Page,
            PageSize = query.PageSize,
            Reader = SearchReader.BackOffice,
        }, cancellationToken);
        var items = results.Hits.Select(h => new BackOfficeSearchItem(h.Title, BackOfficeEditUrl.For(h), Detail(h), h.SnippetHtml, Tag(h))).ToList();
        return new BackOfficeSearchGroupResult(results.Total, items, results.Complete);
    }

    /// <summary>Where it sits and when it last changed; a document's format and size; a member's address and groups.</summary>
    private static string? Detail(SearchHit hit)
    {
        var parts = new List<string>();
        if (!string.IsNullOrEmpty(hit.Section))
        {
            parts.Add(hit.Section);
        }

        if (!string.IsNullOrEmpty(hit.Format))
        {
            parts.Add(hit.Bytes is { } bytes ? $"{hit.Format}, {Core.Media.FileSizes.Format(bytes)}" : hit.Format);
        }

        // A member's address and groups (the members index keeps them beside the name).
        parts.AddRange(MemberExtras.Select(k => hit.Extra.GetValueOrDefault(k)).OfType<string>().Where(v => v.Length > 0));
        if (hit.Date is { } date)
        {
            parts.Add("Updated " + Core.UkTime.FromUtc(date).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")));
        }

        return parts.Count == 0 ? null : string.Join(" · ", parts);
    }

    private static string? Tag(SearchHit hit) =>
        hit.Extra.TryGetValue("state", out var state) && !string.IsNullOrWhiteSpace(state) ? state : null;
}
