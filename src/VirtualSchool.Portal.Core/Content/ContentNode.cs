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

/// <summary>A saved state of a node: its name and property values as raw strings (as uSync writes them).</summary>
public sealed class ContentVersion
{
    public long Id { get; set; }
    public int NodeId { get; set; }
    public int VersionNumber { get; set; }
    public string Name { get; set; } = "";
    public Dictionary<string, string?> Properties { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    public DateTime CreateDate { get; set; }
    public string? CreatedBy { get; set; }
    /// <summary>When this version was published, if it ever was.</summary>
    public DateTime? PublishedDate { get; set; }
}

/// <summary>A 301 from a path a published node used to have to the node itself.</summary>
public sealed class RedirectUrl
{
    public int Id { get; set; }
    public string OldPath { get; set; } = "";
    public Guid NodeKey { get; set; }
    public DateTime CreateDate { get; set; }
}

/// <summary>A host name or path bound to a site root (Umbraco's "culture and hostnames").</summary>
public sealed class Domain
{
    public Guid Key { get; set; }
    public string Name { get; set; } = "";
    public Guid RootKey { get; set; }
    public string? Language { get; set; }
    public bool IsWildcard { get; set; }
}
