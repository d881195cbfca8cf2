namespace VirtualSchool.Portal.Infrastructure.Search.Index;

/// <summary>
/// The lock that makes one process the only writer of an index folder. Lucene's own lock files do not stop a second
/// process on Linux, so this is a file opened with <see cref="FileShare.None"/>, which .NET takes as an exclusive
/// <c>flock</c>: a second process (or a second open in this one) is refused at once, and the kernel releases it when
/// the holder exits, however it dies (kill -9 included), so a stale lock never needs clearing.
/// </summary>
internal sealed class IndexFolderLock : IDisposable
{
    public const string FileName = "index.lock";

    private readonly FileStream _file;

    private IndexFolderLock(FileStream file) => _file = file;

    /// <summary>The lock, or null when another holder has it.</summary>
    public static IndexFolderLock? TryTake(string folder)
    {
        Directory.CreateDirectory(folder);
        try
        {
            var file = new FileStream(Path.Combine(folder, FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            // Who holds it, for a person looking at the folder; the lock is the open file, not its contents.
            file.SetLength(0);
            var holder = System.Text.Encoding.UTF8.GetBytes($"{Environment.MachineName} {Environment.ProcessId}\n");
            file.Write(holder);
            file.Flush();
            return new IndexFolderLock(file);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void Dispose() => _file.Dispose();
}
