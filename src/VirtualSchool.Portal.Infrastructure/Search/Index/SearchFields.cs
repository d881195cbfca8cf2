namespace VirtualSchool.Portal.Infrastructure.Search.Index;

/// <summary>The Lucene fields of a search document (docs/search.md lists what each holds and why).</summary>
internal static class SearchFields
{
    /// <summary>The document's id, one term, stored: what updates and removals find it by.</summary>
    public const string Id = "id";

    /// <summary>The kind as a number: a term to filter by, a doc value to count by, stored.</summary>
    public const string Kind = "kind";

    /// <summary>Analysed English words, stored; matched with a boost over the text.</summary>
    public const string Title = "title";

    /// <summary>Analysed English words of the whole text; the first <c>StoredTextLimit</c> characters stored for snippets.</summary>
    public const string Text = "text";

    /// <summary>Words for "did you mean", lower-cased and unstemmed, filled only for documents anyone may read.</summary>
    public const string Spelling = "spell";

    /// <summary>Audiences lower-cased, one term each, to filter by.</summary>
    public const string Audience = "audience";

    /// <summary>Audiences as written, a sorted-set doc value to count by (and stored, for the hit).</summary>
    public const string AudienceValue = "audience_value";

    /// <summary>"1" when anyone may read the document (no allowed groups).</summary>
    public const string Public = "public";

    /// <summary>Allowed member groups lower-cased, one term each.</summary>
    public const string Group = "group";

    public const string Owner = "owner";

    /// <summary>Ticks (UTC), a numeric doc value to sort by and stored.</summary>
    public const string Date = "date";

    public const string Url = "url";
    public const string Section = "section";
    public const string Bytes = "bytes";
    public const string Format = "format";

    /// <summary>The extra values as JSON, stored only.</summary>
    public const string Extra = "extra";

    public const string PublicValue = "1";
}
