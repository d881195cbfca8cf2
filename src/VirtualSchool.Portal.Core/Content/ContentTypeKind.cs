namespace VirtualSchool.Portal.Core.Content;

/// <summary>What a content type describes: documents, media or members (Umbraco's three kinds).</summary>
public enum ContentTypeKind
{
    Document = 0,
    Media = 1,
    Member = 2,
}
