namespace VirtualSchool.Portal.Core.Content;

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
