using VirtualSchool.Portal.Core.Access;

namespace VirtualSchool.Portal.Web.Members;

/// <summary>The seed content's restrictions (the keys of items in uSync/v17), applied once on first boot.</summary>
public static class MembersSeed
{
    /// <summary>The "Board meetings" content node under the Management Board page.</summary>
    public static readonly Guid BoardMeetingsNode = Guid.Parse("6b3f0a4e-9c1d-4e7a-8b52-1d0c5e9f7a31");

    /// <summary>The "Board papers" media folder.</summary>
    public static readonly Guid BoardPapersFolder = Guid.Parse("a4c2e8f1-3b7d-4f60-9e15-7c8d2b4a6e90");

    /// <summary>The "Member-only resources" media folder.</summary>
    public static readonly Guid MemberOnlyResourcesFolder = Guid.Parse("d19e7b35-2f4c-4a86-b0d3-5e6f8a1c2b47");

    /// <summary>The "Members' resources: member-only" content folder under the resources page.</summary>
    public static readonly Guid MemberOnlyResourcesNode = Guid.Parse("e5a1c9d7-4b3f-4e28-a6c0-9f2d8b7e1a53");

    private static readonly string[] ResourceGroups =
        [MemberGroupNames.ManagementBoard, MemberGroupNames.DesignatedTeachers, MemberGroupNames.Governors];

    public static readonly IReadOnlyList<(PublicAccessTarget Target, Guid Key, string[] Groups)> Rules =
    [
        (PublicAccessTarget.Content, BoardMeetingsNode, [MemberGroupNames.ManagementBoard]),
        (PublicAccessTarget.Media, BoardPapersFolder, [MemberGroupNames.ManagementBoard]),
        (PublicAccessTarget.Content, MemberOnlyResourcesNode, ResourceGroups),
        (PublicAccessTarget.Media, MemberOnlyResourcesFolder, ResourceGroups),
    ];
}
