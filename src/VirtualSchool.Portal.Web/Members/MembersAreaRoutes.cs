using VirtualSchool.Portal.Core.Published;

namespace VirtualSchool.Portal.Web.Members;

/// <summary>Where the members area shows the document types it owns, when their content route is asked for.</summary>
public static class MembersAreaRoutes
{
    public static string? For(PublishedContent content) => content.ContentTypeAlias switch
    {
        BoardMeetings.MeetingType => "/members/board/" + content.UrlSegment,
        "boardMeetings" => "/members/board",
        "memberResources" or "memberResource" => "/members/resources",
        _ => null,
    };
}
