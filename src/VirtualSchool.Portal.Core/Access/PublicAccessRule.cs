namespace VirtualSchool.Portal.Core.Access;

/// <summary>What a public access rule restricts: a content node (and its descendants) or a media item (and what is in it).</summary>
public enum PublicAccessTarget
{
    Content = 0,
    Media = 1,
}

/// <summary>
/// One stored restriction, as Umbraco's public access: the item and the member groups allowed to see it.
/// Groups are stored by name, as the member principal carries them.
/// </summary>
public sealed class PublicAccessRule
{
    public int Id { get; set; }
    public PublicAccessTarget Target { get; set; }
    public Guid ItemKey { get; set; }

    /// <summary>The allowed member groups' names.</summary>
    public List<string> Groups { get; set; } = [];

    public DateTime UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}

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
