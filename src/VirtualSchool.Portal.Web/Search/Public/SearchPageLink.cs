namespace VirtualSchool.Portal.Web.Search.Public;

/// <summary>One item of GOV.UK's pagination: a page number with its address, or an ellipsis (no number).</summary>
public sealed record SearchPageLink(int? Number, string? Url, bool Current);
