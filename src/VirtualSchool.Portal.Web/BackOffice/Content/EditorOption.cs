namespace VirtualSchool.Portal.Web.BackOffice.Content;

/// <summary>One choice on the form: a dropdown's or checkbox list's item, or a picker's match.</summary>
public sealed record EditorOption(string Value, string Text);
