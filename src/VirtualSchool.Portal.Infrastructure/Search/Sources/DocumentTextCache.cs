using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using VirtualSchool.Portal.Core.Media;
using VirtualSchool.Portal.Infrastructure.Media;

namespace VirtualSchool.Portal.Infrastructure.Search.Sources;

/// <summary>
/// The words of media files, read once per version of a file and kept on disk (<c>search-text/</c> under the data
/// folder, named by the file's path, size and time), so a rebuild of thousands of documents reads text files rather
/// than unzipping and parsing every document again. What is kept is only derived text, so nodes may share it.
/// </summary>
public sealed class DocumentTextCache(PortalLocations locations, MediaFileStore files, DocumentTextReader reader, ILogger<DocumentTextCache> logger)
{
    private readonly string _folder = Path.Combine(locations.DataPath, "search-text");

    /// <summary>The file's words; empty for a folder, a format search does not read, a missing file or one that cannot be read.</summary>
    public string TextOf(MediaItem item)
    {
        var extension = ExtensionOf(item);
        if (item.StoragePath is null || DocumentTextReader.FormatOf(extension) is null || files.FullPath(item.StoragePath) is not { } full)
        {
            return "";
        }

        var file = new FileInfo(full);
        if (!file.Exists)
        {
            return "";
        }

        var cached = CachePath(item.StoragePath, file);
        try
        {
            if (File.Exists(cached))
            {
                return File.ReadAllText(cached);
            }
        }
        catch (IOException)
        {
            // Read it again below.
        }

        var text = reader.Read(full, extension!);
        Keep(cached, text);
        return text;
    }

    /// <summary>The item's extension (no dot), from the item or its file's name.</summary>
    public static string? ExtensionOf(MediaItem item) =>
        !string.IsNullOrWhiteSpace(item.Extension) ? item.Extension.Trim().TrimStart('.')
        : item.StoragePath is { } path && Path.GetExtension(path) is { Length: > 1 } e ? e[1..]
        : null;

    private string CachePath(string storagePath, FileInfo file)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{storagePath}|{file.Length}|{file.LastWriteTimeUtc.Ticks}")));
        return Path.Combine(_folder, hash[..2], hash + ".txt");
    }

    private void Keep(string path, string text)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllText(temporary, text);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(e, "Could not keep search text in {File}", Path.GetFileName(path));
        }
    }
}
