namespace VirtualSchool.Portal.Core.Content;

/// <summary>What a content type describes: documents, media or members (Umbraco's three kinds).</summary>
public enum ContentTypeKind
{
    Document = 0,
    Media = 1,
    Member = 2,
}

/// <summary>
/// A data type: a configured property editor, as in Umbraco (for example "Textstring" using
/// <c>Umbraco.TextBox</c> with <c>{"maxChars":255}</c>).
/// </summary>
public sealed class DataType
{
    public Guid Key { get; set; }
    public string Name { get; set; } = "";
    public string EditorAlias { get; set; } = "";
    public string? EditorUiAlias { get; set; }
    public string? DatabaseType { get; set; }
    public string? Folder { get; set; }
    /// <summary>The editor's configuration as JSON, kept as written so unknown editors survive a round trip.</summary>
    public string Configuration { get; set; } = "{}";
    public DateTime UpdateDate { get; set; }
}

/// <summary>A tab or group on a content type.</summary>
public sealed record PropertyGroup(string Alias, string Name, string Type, int SortOrder, Guid? Key = null);

/// <summary>One property of a content type.</summary>
public sealed record PropertyType(
    Guid Key,
    string Alias,
    string Name,
    Guid DataTypeKey,
    string EditorAlias,
    bool Mandatory = false,
    string? ValidationRegex = null,
    string? Description = null,
    int SortOrder = 0,
    string? GroupAlias = null);

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
