namespace VirtualSchool.Portal.Web.BackOffice.Search;

/// <summary>The search screens' views, all in <c>Areas/BackOffice/Views/Search</c> whichever controller shows them.</summary>
public static class SearchViews
{
    private const string Folder = "~/Areas/BackOffice/Views/Search/";
    public const string Results = Folder + "Results.cshtml";
    public const string Dashboard = Folder + "Dashboard.cshtml";
    public const string Tester = Folder + "Tester.cshtml";
    public const string Synonyms = Folder + "Synonyms.cshtml";
    public const string SynonymEdit = Folder + "SynonymEdit.cshtml";
    public const string SynonymDelete = Folder + "SynonymDelete.cshtml";
}
