namespace VirtualSchool.Portal.Infrastructure.USync;

/// <summary>A content or media node: its place in the tree, state and raw property values.</summary>
public sealed record USyncNode(
    string File,
    Guid Key,
    string Alias,
    bool IsMedia,
    string Name,
    Guid? ParentKey,
    int Level,
    int SortOrder,
    string ContentTypeAlias,
    DateTime CreateDate,
    bool Published,
    bool Trashed,
    string? TemplateAlias,
    IReadOnlyDictionary<string, string?> Properties) : USyncItem(File, Key, Alias)
{
    public override string ItemType => IsMedia ? "Media" : "Content";

    /// <summary>When the page was last published where the file was written (the optional <c>Info/UpdateDate</c>).</summary>
    public DateTime? UpdateDate { get; init; }
}
