namespace VirtualSchool.Portal.Core.Media;

/// <summary>A media item (file, image or folder) in the media tree, as Umbraco's media.</summary>
public sealed class MediaItem
{
    public int Id { get; set; }
    public Guid Key { get; set; }
    public Guid? ParentKey { get; set; }
    public int Level { get; set; }
    public int SortOrder { get; set; }
    public string Name { get; set; } = "";
    public string MediaTypeAlias { get; set; } = "";
    public bool Trashed { get; set; }
    public DateTime CreateDate { get; set; }
    public DateTime UpdateDate { get; set; }
    public Dictionary<string, string?> Properties { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The public URL of the file, such as <c>/media/ab12cd34/report.docx</c>; null for folders.</summary>
    public string? Url { get; set; }

    /// <summary>Where the file is stored, relative to the media store's root; null when the file is missing.</summary>
    public string? StoragePath { get; set; }

    public long? Bytes { get; set; }
    public string? Extension { get; set; }

    public bool IsFolder => string.Equals(MediaTypeAlias, "Folder", StringComparison.OrdinalIgnoreCase);
}
