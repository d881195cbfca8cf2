using VirtualSchool.Portal.Core.Content;

namespace VirtualSchool.Portal.Core.Published;

/// <summary>Builds the reader's snapshot of a node from its published version.</summary>
public static class PublishedContentFactory
{
    public static PublishedContent Create(ContentNode node, ContentVersion version, ContentType composedType) => new()
    {
        Id = node.Id,
        Key = node.Key,
        ParentKey = node.ParentKey,
        Level = node.Level,
        SortOrder = node.SortOrder,
        Name = version.Name,
        UrlSegment = node.UrlSegment,
        ContentType = composedType,
        TemplateAlias = node.TemplateAlias,
        CreateDate = node.CreateDate,
        UpdateDate = version.PublishedDate ?? node.UpdateDate,
        PublishDate = node.PublishDate,
        Properties = new Dictionary<string, string?>(version.Properties, StringComparer.OrdinalIgnoreCase),
    };
}
