namespace VirtualSchool.Portal.Core.Content;

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
