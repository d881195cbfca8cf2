namespace VirtualSchool.Portal.Core.Content;

/// <summary>
/// A node in the content tree. Its editable state lives in versions: <see cref="DraftVersionId"/> is the
/// newest saved version and <see cref="PublishedVersionId"/> the one readers see (null when unpublished).
/// </summary>
public sealed class ContentNode
{
    public int Id { get; set; }
    public Guid Key { get; set; }
    public Guid? ParentKey { get; set; }
    public int Level { get; set; }
    public int SortOrder { get; set; }
    public string Name { get; set; } = "";
    public string UrlSegment { get; set; } = "";
    public string ContentTypeAlias { get; set; } = "";
    public string? TemplateAlias { get; set; }
    public bool Trashed { get; set; }
    public DateTime CreateDate { get; set; }
    public DateTime UpdateDate { get; set; }
    public long DraftVersionId { get; set; }
    public long? PublishedVersionId { get; set; }
    public DateTime? PublishDate { get; set; }

    public bool IsPublished => PublishedVersionId is not null && !Trashed;
}
