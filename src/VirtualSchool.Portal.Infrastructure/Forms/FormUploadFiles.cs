namespace VirtualSchool.Portal.Infrastructure.Forms;

/// <summary>
/// Where the files uploaded to forms are kept: the data folder's <c>form-uploads/</c>, never under <c>wwwroot</c>, one
/// file per <see cref="Core.Forms.FormEntryFile"/> named by its key (never by the name it was sent with).
/// </summary>
public sealed class FormUploadFiles(PortalLocations locations)
{
    private readonly string _root = Path.Combine(locations.DataPath, "form-uploads");

    public string PathFor(Guid key) => Path.Combine(_root, key.ToString("N"));

    /// <summary>Writes the file (to a temporary name first, so a half-written file is never read).</summary>
    public async Task SaveAsync(Guid key, Stream content, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(_root);
        var path = PathFor(key);
        var temporary = path + ".part";
        await using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            await content.CopyToAsync(file, cancellationToken);
        }

        File.Move(temporary, path, overwrite: true);
    }

    public Stream? OpenRead(Guid key)
    {
        var path = PathFor(key);
        return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null;
    }

    public void Delete(Guid key)
    {
        var path = PathFor(key);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
