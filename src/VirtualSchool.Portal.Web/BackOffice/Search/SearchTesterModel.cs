using VirtualSchool.Portal.Core.Search;

namespace VirtualSchool.Portal.Web.BackOffice.Search;

/// <summary>The search tester: an index, some words, whose eyes (the public's, or the back office's), and what came back.</summary>
public sealed record SearchTesterModel(string Index, string Text, bool AsPublic, SearchResults? Results)
{
    public static IReadOnlyList<string> Indexes => SearchIndexNames.All;
}
