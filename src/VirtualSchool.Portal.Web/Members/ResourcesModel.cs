using VirtualSchool.Portal.Core;

namespace VirtualSchool.Portal.Web.Members;

public sealed record ResourcesModel(
    IReadOnlyList<ResourceRow> Items,
    IReadOnlyList<FilterOption> Audiences,
    IReadOnlyList<FilterOption> Formats,
    IReadOnlyList<FilterOption> Access,
    bool SignedIn,
    IReadOnlyList<FormError> Errors);
