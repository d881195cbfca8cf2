namespace VirtualSchool.Portal.Infrastructure.Media;

/// <summary>
/// Media files on disk under the data folder (never under wwwroot). Paths are relative to the store's root
/// and are checked so that no path can leave it.
/// </summary>
public sealed class MediaFileStore(string root)
{
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>The store path for a public media URL such as <c>/media/ab12cd34/report.docx</c>, or null when it is not one.</summary>
    public static string? StoragePathFromUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        var path = url.Split('?', '#')[0].Replace('\\', '/');
        if (!path.StartsWith("/media/", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var relative = path["/media/".Length..];
        return relative.Length == 0 || relative.Split('/').Any(s => s is "" or "." or "..") ? null : relative;
    }

    public string? FullPath(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(Root, relativePath));
        return full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    public bool Exists(string relativePath) => FullPath(relativePath) is { } full && File.Exists(full);

    public async Task<long> SaveAsync(string relativePath, Stream content, CancellationToken cancellationToken = default)
    {
        var full = FullPath(relativePath) ?? throw new ArgumentException("The media path leaves the media folder.", nameof(relativePath));
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".uploading";
        await using (var target = File.Create(temporary))
        {
            await content.CopyToAsync(target, cancellationToken);
        }

        File.Move(temporary, full, overwrite: true);
        return new FileInfo(full).Length;
    }
}
