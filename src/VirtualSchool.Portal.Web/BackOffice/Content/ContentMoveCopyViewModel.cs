using VirtualSchool.Portal.Core.Content;

namespace VirtualSchool.Portal.Web.BackOffice.Content;

public sealed record ContentMoveCopyViewModel(ContentNode Node, bool Copy, ContentDestinationLevel Level);
