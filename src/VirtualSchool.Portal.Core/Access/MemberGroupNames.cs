namespace VirtualSchool.Portal.Core.Access;

/// <summary>The member groups a new site starts with. They can be renamed, added to and given a two-factor requirement.</summary>
public static class MemberGroupNames
{
    public const string ManagementBoard = "Management Board";
    public const string DesignatedTeachers = "Designated Teachers";
    public const string Governors = "Governors";
    public const string FosterCarers = "Foster Carers";
    public const string SocialCare = "Social Care";

    public static readonly IReadOnlyList<string> Defaults = [ManagementBoard, DesignatedTeachers, Governors, FosterCarers, SocialCare];
}
