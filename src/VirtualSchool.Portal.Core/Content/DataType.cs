namespace VirtualSchool.Portal.Core.Content;

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
