namespace VirtualSchool.Portal.Core.Search;

/// <summary>The indexes every node keeps, named as Examine names Umbraco's.</summary>
public static class SearchIndexNames
{
    /// <summary>What readers may find: published pages, training courses and sessions, published documents' text.</summary>
    public const string External = "ExternalIndex";

    /// <summary>What editors may find: every content node (drafts included) and every media item.</summary>
    public const string Internal = "InternalIndex";

    /// <summary>Members, for the back office.</summary>
    public const string Members = "MembersIndex";

    public static IReadOnlyList<string> All { get; } = [External, Internal, Members];
}
