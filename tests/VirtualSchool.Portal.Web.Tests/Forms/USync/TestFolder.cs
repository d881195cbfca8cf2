namespace VirtualSchool.Portal.Web.Tests.Forms.USync;

/// <summary>A new folder under the temp folder, removed when disposed.</summary>
internal sealed class TestFolder : IDisposable
{
    public string Path { get; } = Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "vsp-tests", "forms-usync-" + Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine: the temp folder is cleaned up later.
        }
    }
}
