namespace VirtualSchool.Portal.Web.BackOffice.Content;

/// <summary>
/// Set by a content screen (in <c>ViewData["ContentTree"]</c>) to put the content tree beside it: the page the screen
/// is about (highlighted when <see cref="IsCurrent"/>, else only revealed, as the content list does for its level).
/// </summary>
public sealed record ContentTreeFocus(Guid? Key, bool IsCurrent = true)
{
    public const string ViewDataKey = "ContentTree";

    public static ContentTreeFocus TopLevel { get; } = new(null, false);
}
