using VirtualSchool.Portal.Core.Content;

namespace VirtualSchool.Portal.Web.BackOffice.Content;

public sealed record ContentRecycleBinViewModel(IReadOnlyList<ContentNode> Items, int Page, int Pages, int Total, bool MayRestore, bool MayEmpty);
