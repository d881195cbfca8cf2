using VirtualSchool.Portal.Web.BackOffice.Content;

namespace VirtualSchool.Portal.Web.PropertyEditors;

/// <summary>The back-office picker control's reading, shared by the content and media pickers.</summary>
public static class PickerForm
{
    /// <summary>The most pages or files a picker's search offers.</summary>
    public const int MaxMatches = 20;

    /// <summary>
    /// "Clear" removes the choice; a chosen match (radio) or the current value (hidden input) must resolve to a value to
    /// store (a published page, a media file). The search text is kept, and whether something was chosen, so that a
    /// search shows the form again.
    /// </summary>
    public static async Task<EditorRead> ReadAsync(
        EditorField field, EditorPost post, Func<string, CancellationToken, Task<string?>> resolve, string error, CancellationToken cancellationToken)
    {
        var form = post.Form;
        var pick = form[field.Id + "-pick"].ToString().Trim();
        var clear = form[field.Id + "-clear"].Any(v => v is "1" or "true" or "on");
        var typed = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["search"] = form[field.Id + "-search"].ToString().Trim(),
            ["chosen"] = pick.Length > 0 || clear ? "1" : "",
        };
        var text = clear ? "" : pick.Length > 0 ? pick : form[field.Id].ToString().Trim();
        if (text.Length == 0)
        {
            return EditorRead.Accepted(field, "", typed);
        }

        return await resolve(text, cancellationToken) is { } value
            ? EditorRead.Accepted(field, value, typed)
            : EditorRead.Refused(field, error, typed);
    }

    /// <summary>A picker with search text but nothing picked or cleared: the form is shown again with the matches.</summary>
    public static bool IsSearching(EditorField field) =>
        field.TypedOr("search", "")!.Length > 0 && field.TypedOr("chosen", "") != "1";
}
