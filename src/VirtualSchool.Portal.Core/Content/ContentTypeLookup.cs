namespace VirtualSchool.Portal.Core.Content;

/// <summary>Content types by alias, as every part of the portal looks them up.</summary>
public static class ContentTypeLookup
{
    /// <summary>
    /// The types by alias, ignoring case as Umbraco does; should two share an alias (a broken import), the first wins
    /// rather than the lookup failing.
    /// </summary>
    public static Dictionary<string, ContentType> ByAlias(this IEnumerable<ContentType> types) =>
        types.GroupBy(t => t.Alias, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
}
