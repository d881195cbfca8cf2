namespace VirtualSchool.Portal.Web.BackOffice.Search;

/// <summary>One result in the back office: a name that opens its editor, and a line saying what it is.</summary>
/// <param name="EditUrl">The back-office screen that edits it (always under <c>/umbraco/</c>).</param>
/// <param name="Detail">A plain line under the title: a page's state and section, a booking's session.</param>
/// <param name="SnippetHtml">The index's snippet, already HTML-encoded with the matched words in <c>&lt;mark&gt;</c>; empty for database groups.</param>
/// <param name="Tag">A short status shown as a tag ("Draft", "Cancelled"); null for none.</param>
public sealed record BackOfficeSearchItem(string Title, string EditUrl, string? Detail, string SnippetHtml = "", string? Tag = null);
