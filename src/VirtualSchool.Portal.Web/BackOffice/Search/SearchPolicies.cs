namespace VirtualSchool.Portal.Web.BackOffice.Search;

/// <summary>
/// Search's own policy. The search box itself needs only the back office's (each group then checks its section's), and
/// the dashboard is Settings' (<see cref="Users.BackOfficePolicies.ManageSettings"/>, administrators).
/// </summary>
public static class SearchPolicies
{
    /// <summary>Edit the synonyms searches expand with: administrators and editors, who write what readers search for.</summary>
    public const string ManageSynonyms = "BackOffice.ManageSynonyms";
}
