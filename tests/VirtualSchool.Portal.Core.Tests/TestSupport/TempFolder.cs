namespace VirtualSchool.Portal.Core.Tests.TestSupport;

/// <summary>A folder under the system's temp folder that is deleted with everything in it when disposed.</summary>
public sealed class TempFolder : IDisposable
{
    private TempFolder(string path) => Path = path;

    public string Path { get; }

    public static TempFolder Create(string purpose) =>
        new(Directory.CreateTempSubdirectory($"vsportal-{purpose}-").FullName);

    /// <summary>A writable copy of <paramref name="source"/> (the shared fixtures are read-only).</summary>
    public static TempFolder CopyOf(string source)
    {
        var folder = Create(System.IO.Path.GetFileName(source.TrimEnd(System.IO.Path.DirectorySeparatorChar)));
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(folder.Path, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            // Bytes rather than File.Copy, so the copy does not inherit the fixture's read-only mode.
            File.WriteAllBytes(target, File.ReadAllBytes(file));
        }

        return folder;
    }

    public string PathTo(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a test for.
        }
    }
}
