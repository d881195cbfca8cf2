using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Primitives;
using VirtualSchool.Portal.Core;
using VirtualSchool.Portal.Core.Search;

namespace VirtualSchool.Portal.Web.Search.Public;

/// <summary>
/// A search page's address read and checked: <c>?q=&amp;kind=&amp;audience=&amp;sort=&amp;page=</c>. Anything it cannot
/// take (text too long, a kind, sort or page it does not know, an audience that is no audience's slug, a parameter given
/// twice) becomes an error for the page's error summary, so the page answers 400 instead of guessing.
/// </summary>
public sealed partial record SearchQuery(string Text, SearchKindOption? Kind, string? Audience, SearchSort Sort, int Page, IReadOnlyList<FormError> Errors)
{
    /// <summary>Pages past this are refused: nobody reads 50 pages of results, and deep pages cost the engine most.</summary>
    public const int MaxPage = 50;

    public const int PageSize = 20;

    /// <summary>The id of the page's own search box, where errors in the text link to.</summary>
    public const string TextField = "search-main";

    private static readonly string[] Names = ["q", "kind", "audience", "sort", "page"];

    public bool HasText => Text.Length > 0;

    public static SearchQuery Read(IQueryCollection query)
    {
        var errors = new List<FormError>();
        foreach (var name in Names.Where(n => query.TryGetValue(n, out var values) && values.Count > 1))
        {
            errors.Add(new(FieldOf(name), $"Search with one {Describe(name)} at a time"));
        }

        var text = Single(query, "q").Trim();
        if (text.Length > SearchRequest.MaxTextLength)
        {
            errors.Add(new(TextField, $"Search text must be {SearchRequest.MaxTextLength} characters or fewer"));
            text = text[..SearchRequest.MaxTextLength];
        }

        SearchKindOption? kind = null;
        if (Single(query, "kind").Trim() is { Length: > 0 } kindSlug && (kind = SearchKindOption.FromSlug(kindSlug)) is null)
        {
            errors.Add(new(FieldOf("kind"), "Select a type of result from the list"));
        }

        string? audience = null;
        if (Single(query, "audience").Trim() is { Length: > 0 } audienceSlug)
        {
            if (audienceSlug.Length <= 100 && Slug().IsMatch(audienceSlug))
            {
                audience = audienceSlug.ToLowerInvariant();
            }
            else
            {
                errors.Add(new("audience", "Select an audience from the list"));
            }
        }

        var sort = SearchSort.Relevance;
        switch (Single(query, "sort").Trim().ToLowerInvariant())
        {
            case "" or "relevance":
                break;
            case "newest":
                sort = SearchSort.Newest;
                break;
            default:
                errors.Add(new("sort", "Sort by relevance or by date"));
                break;
        }

        var page = 1;
        if (Single(query, "page").Trim() is { Length: > 0 } pageText
            && (!int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page is < 1 or > MaxPage))
        {
            errors.Add(new("results", $"Choose a page of results from 1 to {MaxPage}"));
            page = 1;
        }

        return new SearchQuery(text, kind, audience, sort, page, errors);
    }

    /// <summary>The address of this search with some parts changed (a page of the pagination, a suggestion).</summary>
    public string Url(string path, string? text = null, int? page = null, bool withFilters = true)
    {
        var parts = new List<string> { "q=" + Uri.EscapeDataString(text ?? Text) };
        if (withFilters && Kind is not null)
        {
            parts.Add("kind=" + Kind.Slug);
        }

        if (withFilters && Audience is not null)
        {
            parts.Add("audience=" + Audience);
        }

        if (withFilters && Sort == SearchSort.Newest)
        {
            parts.Add("sort=newest");
        }

        if (page is > 1)
        {
            parts.Add("page=" + page.Value.ToString(CultureInfo.InvariantCulture));
        }

        return path + "?" + string.Join("&", parts);
    }

    private static string Single(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) && values.Count >= 1 ? values[0] ?? "" : "";

    private static string FieldOf(string name) => name switch
    {
        "q" => TextField,
        "kind" => "kind",
        "page" => "results",
        _ => name,
    };

    private static string Describe(string name) => name switch
    {
        "q" => "search text",
        "kind" => "type of result",
        "page" => "page number",
        "sort" => "sort order",
        _ => name,
    };

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Slug();
}
