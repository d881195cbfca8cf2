namespace VirtualSchool.Portal.Web.BackOffice.Content;

/// <summary>The link dialog's matches for what was typed.</summary>
public sealed record LinkSearchResults<T>(string Query, IReadOnlyList<T> Results);
