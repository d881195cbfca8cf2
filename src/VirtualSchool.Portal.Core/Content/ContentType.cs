namespace VirtualSchool.Portal.Core.Content;

/// <summary>
/// A document, media or member type (Umbraco's content type): alias, structure, compositions and properties.
/// </summary>
public sealed class ContentType
{
    public Guid Key { get; set; }
    public ContentTypeKind Kind { get; set; }
    public string Alias { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Icon { get; set; }
    public string? Description { get; set; }
    public bool AllowAtRoot { get; set; }
    public bool IsElement { get; set; }
    public string? Folder { get; set; }
    /// <summary>Aliases of the content types that may be created below a node of this type.</summary>
    public List<string> AllowedChildren { get; set; } = [];
    /// <summary>Aliases of the content types whose properties this type inherits.</summary>
    public List<string> Compositions { get; set; } = [];
    public List<PropertyGroup> Groups { get; set; } = [];
    public List<PropertyType> Properties { get; set; } = [];
    public DateTime UpdateDate { get; set; }
}
