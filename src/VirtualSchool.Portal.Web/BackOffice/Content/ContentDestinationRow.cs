using VirtualSchool.Portal.Core.Content;

namespace VirtualSchool.Portal.Web.BackOffice.Content;

/// <summary>One child on the level being browsed: whether the page may go below it, and whether it may be looked inside.</summary>
public sealed record ContentDestinationRow(ContentNode Node, bool CanPutHere, bool CanLookInside);
