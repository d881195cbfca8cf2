using VirtualSchool.Portal.Core.Search;

namespace VirtualSchool.Portal.Web.Tests.Search.Public;

/// <summary>Results as the engine would give them, for the pages' tests.</summary>
public static class SearchResultsFor
{
    public static SearchHit Page(string title, string url, string snippetHtml = "", SearchKind kind = SearchKind.Guidance, string? section = "Schools") =>
        new() { Id = "content:" + Guid.NewGuid(), Kind = kind, Title = title, Url = url, Section = section, SnippetHtml = snippetHtml, Date = new DateTime(2026, 7, 1, 23, 30, 0, DateTimeKind.Utc), Score = 1 };

    public static SearchHit Document(string title, string url, long bytes, string format) =>
        new() { Id = "media:" + Guid.NewGuid(), Kind = SearchKind.Document, Title = title, Url = url, Bytes = bytes, Format = format, Date = new DateTime(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc), Score = 1 };

    public static SearchResults Of(SearchRequest request, int total, params SearchHit[] hits) => new()
    {
        Total = total,
        Hits = hits,
        Page = request.Page,
        PageSize = request.PageSize,
        KindCounts = new Dictionary<SearchKind, int> { [SearchKind.Guidance] = 3, [SearchKind.Document] = 2, [SearchKind.Training] = 1 },
        AudienceCounts = new Dictionary<string, int> { ["Schools and designated teachers"] = 4, ["Foster carers"] = 1 },
    };
}
