using System.Globalization;
using System.Text.RegularExpressions;

namespace VirtualSchool.Portal.Core.Querying;

/// <summary>A <c>fetch</c> selector: the axis and the node's id or path.</summary>
public sealed record FetchSelector(FetchAxis Axis, string? Target);

/// <summary>One <c>filter</c>: a built-in field (contentType, name, createDate, updateDate) or a property alias.</summary>
public sealed record QueryFilter(string Field, FilterOperator Operator, IReadOnlyList<string> Values, bool Negate);

/// <summary>One <c>sort</c>: a built-in field (createDate, level, name, sortOrder, updateDate) or a property alias.</summary>
public sealed record QuerySort(string Field, bool Descending);

/// <summary>Why a query was refused; each maps to a 400 with Umbraco's problem title.</summary>
public enum ContentQueryStatus
{
    Success,
    SelectorOptionNotFound,
    FilterOptionNotFound,
    SortOptionNotFound,
    InvalidPaging,
}

/// <summary>A parsed content query, or the reason it could not be parsed (<see cref="Status"/> and <see cref="Detail"/>).</summary>
public sealed record ContentQuery(
    FetchSelector Fetch,
    IReadOnlyList<QueryFilter> Filters,
    IReadOnlyList<QuerySort> Sorts,
    int Skip,
    int Take,
    ContentQueryStatus Status = ContentQueryStatus.Success,
    string? Detail = null)
{
    /// <summary>Built-in filter fields, as Umbraco names them.</summary>
    public static readonly IReadOnlySet<string> BuiltInFilters = new HashSet<string>(["contentType", "name", "createDate", "updateDate"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Built-in sort fields, as Umbraco names them.</summary>
    public static readonly IReadOnlySet<string> BuiltInSorts = new HashSet<string>(["createDate", "level", "name", "sortOrder", "updateDate"], StringComparer.OrdinalIgnoreCase);

    private static readonly Regex FilterPattern = new(@"^(?<field>[A-Za-z_][A-Za-z0-9_]*)(?<op>>:|<:|:|>|<)(?<value>.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline);
    private static readonly Regex SortPattern = new(@"^(?<field>[A-Za-z_][A-Za-z0-9_]*):(?<dir>asc|desc)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static ContentQuery Fail(ContentQueryStatus status, string detail) => new(new FetchSelector(FetchAxis.All, null), [], [], 0, 0, status, detail);

    /// <summary>
    /// Parses Umbraco's query syntax. <paramref name="isKnownField"/> says whether a non-built-in alias may be
    /// filtered or sorted on (a property alias of a published document type that is indexed).
    /// </summary>
    public static ContentQuery Parse(string? fetch, IEnumerable<string> filters, IEnumerable<string> sorts, string? skip, string? take, Func<string, bool> isKnownField)
    {
        if (ParseFetch(fetch) is not { } selector)
        {
            return Fail(ContentQueryStatus.SelectorOptionNotFound, $"The fetch value '{fetch}' is not ancestors:, children: or descendants: followed by an id or a path.");
        }

        var parsedFilters = new List<QueryFilter>();
        foreach (var filter in filters.Where(f => !string.IsNullOrWhiteSpace(f)))
        {
            var (parsed, problem) = ParseFilter(filter, isKnownField);
            if (parsed is null)
            {
                return Fail(ContentQueryStatus.FilterOptionNotFound, problem!);
            }

            parsedFilters.Add(parsed);
        }

        var parsedSorts = new List<QuerySort>();
        foreach (var sort in sorts.Where(s => !string.IsNullOrWhiteSpace(s)))
        {
            var match = SortPattern.Match(sort.Trim());
            if (!match.Success || (!BuiltInSorts.Contains(match.Groups["field"].Value) && !isKnownField(match.Groups["field"].Value)))
            {
                return Fail(ContentQueryStatus.SortOptionNotFound, $"The sort '{sort}' is not a built-in sort or an indexed property alias followed by :asc or :desc.");
            }

            parsedSorts.Add(new QuerySort(match.Groups["field"].Value, match.Groups["dir"].Value.Equals("desc", StringComparison.OrdinalIgnoreCase)));
        }

        if (!TryPaging(skip, 0, out var skipValue) || !TryPaging(take, 10, out var takeValue))
        {
            return Fail(ContentQueryStatus.InvalidPaging, "skip and take must be whole numbers, 0 or more.");
        }

        return new ContentQuery(selector, parsedFilters, parsedSorts, skipValue, takeValue);
    }

    /// <summary>The fetch selector (every node when there is none); null when it is not one Umbraco knows.</summary>
    private static FetchSelector? ParseFetch(string? fetch)
    {
        if (string.IsNullOrWhiteSpace(fetch))
        {
            return new FetchSelector(FetchAxis.All, null);
        }

        var colon = fetch.IndexOf(':', StringComparison.Ordinal);
        var axis = colon < 0 ? fetch.Trim() : fetch[..colon].Trim();
        var target = colon < 0 ? "" : fetch[(colon + 1)..].Trim();
        FetchAxis? parsed = axis.ToLowerInvariant() switch
        {
            "ancestors" => FetchAxis.Ancestors,
            "children" => FetchAxis.Children,
            "descendants" => FetchAxis.Descendants,
            _ => null,
        };
        return parsed is null || target.Length == 0 ? null : new FetchSelector(parsed.Value, target);
    }

    /// <summary>One filter, or what is wrong with it.</summary>
    private static (QueryFilter? Filter, string? Problem) ParseFilter(string filter, Func<string, bool> isKnownField)
    {
        var match = FilterPattern.Match(filter.Trim());
        if (!match.Success)
        {
            return (null, $"The filter '{filter}' is not field:value, field>value, field>:value, field<value or field<:value.");
        }

        var field = match.Groups["field"].Value;
        var op = match.Groups["op"].Value switch
        {
            ">" => FilterOperator.GreaterThan,
            ">:" => FilterOperator.GreaterThanOrEqual,
            "<" => FilterOperator.LessThan,
            "<:" => FilterOperator.LessThanOrEqual,
            _ => FilterOperator.Equals,
        };
        var value = match.Groups["value"].Value.Trim();
        var negate = op == FilterOperator.Equals && value.StartsWith('!');
        if (negate)
        {
            value = value[1..].Trim();
        }

        if (!BuiltInFilters.Contains(field) && !isKnownField(field))
        {
            return (null, $"'{field}' is neither a built-in filter nor an indexed property alias.");
        }

        if (ValueProblem(filter, field, op, value) is { } problem)
        {
            return (null, problem);
        }

        // contentType and property equality take several values, any of which matches (as Umbraco's contentType filter).
        IReadOnlyList<string> values = op == FilterOperator.Equals && !field.Equals("name", StringComparison.OrdinalIgnoreCase)
            ? value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [value];
        return (new QueryFilter(field, op, values, negate), null);
    }

    /// <summary>What is wrong with a filter's operator or value for its field; null when nothing is.</summary>
    private static string? ValueProblem(string filter, string field, FilterOperator op, string value)
    {
        if (field.Equals("contentType", StringComparison.OrdinalIgnoreCase) || field.Equals("name", StringComparison.OrdinalIgnoreCase))
        {
            return op != FilterOperator.Equals || value.Length == 0 ? $"The filter '{filter}' needs the form {field}:value or {field}:!value." : null;
        }

        if (field.Equals("createDate", StringComparison.OrdinalIgnoreCase) || field.Equals("updateDate", StringComparison.OrdinalIgnoreCase))
        {
            return op == FilterOperator.Equals || IndexedValue.ParseDate(value) is null ? $"The filter '{filter}' needs a date after >, >:, < or <:." : null;
        }

        return value.Length == 0 ? $"The filter '{filter}' has no value." : null;
    }

    private static bool TryPaging(string? text, int fallback, out int value)
    {
        value = fallback;
        return string.IsNullOrWhiteSpace(text)
            || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= 0);
    }
}
