using VirtualSchool.Portal.Core.Search;

namespace VirtualSchool.Portal.Web.BackOffice.Search;

/// <summary>
/// The back-office screen that edits what an index hit names. The populators put it in the hit's
/// <c>Extra["editUrl"]</c> (or in its <see cref="Core.Search.SearchHit.Url"/>); failing that, it follows from the id
/// (a content node's editor; the media library; the members list filtered to the member). Only back-office addresses are taken, so a result
/// never sends an editor off the back office.
/// </summary>
public static class BackOfficeEditUrl
{
    public const string ExtraKey = "editUrl";

    public static string For(SearchHit hit)
    {
        if (hit.Extra.TryGetValue(ExtraKey, out var edit) && IsBackOffice(edit))
        {
            return edit;
        }

        if (IsBackOffice(hit.Url))
        {
            return hit.Url!;
        }

        var colon = hit.Id.IndexOf(':', StringComparison.Ordinal);
        var key = colon >= 0 && Guid.TryParse(hit.Id.AsSpan(colon + 1), out var parsed) ? parsed : (Guid?)null;
        return hit.Kind switch
        {
            SearchKind.Content when key is { } k => $"/umbraco/content/{k}",
            SearchKind.Member => "/umbraco/members?q=" + Uri.EscapeDataString(hit.Title),
            SearchKind.Media => "/umbraco/media",
            _ => "/umbraco",
        };
    }

    /// <summary>A path under /umbraco/ on this site: not another site, not a protocol-relative or back-slashed address.</summary>
    private static bool IsBackOffice(string? url) =>
        url is not null && url.StartsWith("/umbraco/", StringComparison.OrdinalIgnoreCase)
        && !url.Contains('\\', StringComparison.Ordinal) && !url.Contains("//", StringComparison.Ordinal);
}
