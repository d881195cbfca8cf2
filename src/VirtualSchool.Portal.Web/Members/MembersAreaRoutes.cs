using VirtualSchool.Portal.Core.Published;

namespace VirtualSchool.Portal.Web.Members;

/// <summary>Where the members area shows the document types it owns, when their content route is asked for.</summary>
public sealed class MembersAreaRoutes : Content.IContentRouteOwner
{
    public string? RouteFor(PublishedContent content) => content.ContentTypeAlias switch
    {
        BoardMeetings.MeetingType => "/members/board/" + content.UrlSegment,
        "boardMeetings" => "/members/board",
        "memberResources" or "memberResource" => "/members/resources",
        _ => null,
    };
}
