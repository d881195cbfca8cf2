using Microsoft.AspNetCore.Http;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Web.PropertyEditors;

namespace VirtualSchool.Portal.Web.BackOffice.Forms;

/// <summary>
/// A published page chosen as the content picker does, without JavaScript and without a list of every page: the chosen
/// page (a hidden input), "Remove", and a search whose matches are radios. Posted as <c>{id}</c>, <c>{id}-pick</c>,
/// <c>{id}-clear</c> and <c>{id}-search</c>; the "Search" button posts <c>search={id}</c>.
/// </summary>
public sealed record PagePicker(string Id, string Label, Guid? Current, string? CurrentName, string Search, IReadOnlyList<(Guid Key, string Name)> Matches)
{
    public static PagePicker Showing(string id, string label, Guid? current, IPublishedContentCache published) =>
        new(id, label, current, NameOf(current, published), "", []);

    /// <summary>The page as posted (a pick, the current one, or none when removed), with the search's matches.</summary>
    public static (Guid? Value, PagePicker State) Read(IFormCollection posted, string id, string label, IPublishedContentCache published, FormErrors errors)
    {
        var search = posted[id + "-search"].ToString().Trim();
        var clear = posted[id + "-clear"].Any(v => v is "1" or "on" or "true");
        var pick = posted[id + "-pick"].ToString();
        var text = clear ? "" : pick.Length > 0 ? pick : posted[id].ToString();
        Guid? value = null;
        if (text.Length > 0)
        {
            if (Guid.TryParse(text, out var key) && published.GetByKey(key) is not null)
            {
                value = key;
            }
            else
            {
                errors.Add(id + "-search", $"{label}: select a published page");
            }
        }

        var matches = search.Length == 0 || search.Length > 200
            ? []
            : ContentPickerEditor.Search(published, search).Select(c => (c.Key, $"{c.Name} ({c.Route})")).ToList();
        return (value, new PagePicker(id, label, value, NameOf(value, published), search, matches));
    }

    /// <summary>True when the post was the picker's "Search" button (show the matches; save nothing).</summary>
    public static bool IsSearch(IFormCollection posted) => posted["search"].ToString().Length > 0;

    private static string? NameOf(Guid? key, IPublishedContentCache published) =>
        key is { } k ? published.GetByKey(k) is { } page ? $"{page.Name} ({page.Route})" : "a page that is no longer published" : null;
}
