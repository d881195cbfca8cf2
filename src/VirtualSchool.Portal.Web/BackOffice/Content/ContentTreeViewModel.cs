using VirtualSchool.Portal.Core.Content;

namespace VirtualSchool.Portal.Web.BackOffice.Content;

public sealed record ContentTreeViewModel(
    ContentNode? Parent,
    IReadOnlyList<ContentNode> Breadcrumbs,
    IReadOnlyList<ContentTreeRow> Rows,
    int Total,
    int Page,
    int Pages,
    IReadOnlyList<ContentType> AllowedTypes);
