using VirtualSchool.Portal.Core.Content;

namespace VirtualSchool.Portal.Web.BackOffice.Content;

public sealed record ContentCompareViewModel(ContentNode Node, ContentVersion Old, ContentVersion New, IReadOnlyList<VersionDifference> Rows, bool MayPublish);
