namespace VirtualSchool.Portal.Web.BackOffice.Search;

/// <summary>What a user typed in the back office's search box, and which page of one group's results they want.</summary>
/// <param name="Text">Trimmed, at most <see cref="Core.Search.SearchRequest.MaxTextLength"/> characters, never empty.</param>
/// <param name="Page">From 1.</param>
public sealed record BackOfficeSearchQuery(string Text, int Page, int PageSize);
