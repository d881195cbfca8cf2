namespace VirtualSchool.Portal.Core.Content;

/// <summary>What a new node is made of.</summary>
public sealed record NewContent(
    string Name,
    string ContentTypeAlias,
    Guid? ParentKey,
    IReadOnlyDictionary<string, string?> Values,
    Guid? Key = null,
    int? SortOrder = null,
    DateTime? CreateDate = null,
    string? TemplateAlias = null);
