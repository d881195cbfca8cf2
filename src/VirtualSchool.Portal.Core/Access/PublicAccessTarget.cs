namespace VirtualSchool.Portal.Core.Access;

/// <summary>What a public access rule restricts: a content node (and its descendants) or a media item (and what is in it).</summary>
public enum PublicAccessTarget
{
    Content = 0,
    Media = 1,
}
