namespace VirtualSchool.Portal.Web.Members;

public sealed record ResourcesModel(
    IReadOnlyList<ResourceRow> Items,
    IReadOnlyList<FilterOption> Audiences,
    IReadOnlyList<FilterOption> Formats,
    IReadOnlyList<FilterOption> Access,
    bool SignedIn,
    IReadOnlyList<(string Field, string Message)> Errors);
