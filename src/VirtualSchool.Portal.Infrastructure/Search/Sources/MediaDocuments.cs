using VirtualSchool.Portal.Core.Media;
using VirtualSchool.Portal.Core.Search;

namespace VirtualSchool.Portal.Infrastructure.Search.Sources;

/// <summary>A media item as the indexes hold it: a published document's words for readers, any item for the back office.</summary>
public sealed class MediaDocuments(DocumentTextCache texts)
{
    public static string IdOf(Guid key) => $"media:{key}";

    /// <summary>Whether the item is a document readers may find: a file, not in the recycle bin, in a format whose text is read.</summary>
    public static bool IsDocument(MediaItem item) =>
        !item.Trashed && !item.IsFolder && item.Url is not null && DocumentTextReader.FormatOf(DocumentTextCache.ExtensionOf(item)) is not null;

    /// <summary>The public index's document for a file (null when it is not one): its words, the file's address, size and format, and who may read it.</summary>
    public SearchDocument? External(MediaItem item, IReadOnlySet<string>? allowedGroups)
    {
        if (!IsDocument(item))
        {
            return null;
        }

        return new SearchDocument
        {
            Id = IdOf(item.Key),
            Kind = SearchKind.Document,
            Title = item.Name,
            Url = item.Url,
            Text = texts.TextOf(item),
            Date = item.UpdateDate,
            Bytes = item.Bytes,
            Format = DocumentTextReader.FormatOf(DocumentTextCache.ExtensionOf(item)),
            AllowedGroups = allowedGroups,
        };
    }

    /// <summary>The back office's document for any item, folders and binned items included, opening the library at its folder.</summary>
    public SearchDocument Internal(MediaItem item) => new()
    {
        Id = IdOf(item.Key),
        Kind = SearchKind.Media,
        Title = item.Name,
        Url = EditUrl(item),
        Text = string.Join('\n', new[] { item.Url, IsDocument(item) ? texts.TextOf(item) : null }.Where(t => !string.IsNullOrEmpty(t))),
        Date = item.UpdateDate,
        Bytes = item.Bytes,
        Format = DocumentTextReader.FormatOf(DocumentTextCache.ExtensionOf(item)),
        Extra = new Dictionary<string, string>
        {
            ["editUrl"] = EditUrl(item),
            ["state"] = item.Trashed ? "In the recycle bin" : item.IsFolder ? "Folder" : "File",
            ["type"] = item.MediaTypeAlias,
        },
    };

    private static string EditUrl(MediaItem item) =>
        item.Trashed ? "/umbraco/media/recycle-bin"
        : item.IsFolder ? $"/umbraco/media?folder={item.Key}"
        : item.ParentKey is { } parent ? $"/umbraco/media?folder={parent}" : "/umbraco/media";
}
