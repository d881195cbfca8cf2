namespace VirtualSchool.Portal.Core.Querying;

/// <summary>Which nodes a query starts from (Umbraco's <c>fetch</c>): all of them, or the ancestors, children or descendants of one.</summary>
public enum FetchAxis
{
    All,
    Ancestors,
    Children,
    Descendants,
}
