namespace VirtualSchool.Portal.Core.Search;

public enum SearchSort
{
    /// <summary>Best match first (a title match beats a body match).</summary>
    Relevance = 0,
    /// <summary>Most recent <see cref="SearchDocument.Date"/> first.</summary>
    Newest = 1,
}
