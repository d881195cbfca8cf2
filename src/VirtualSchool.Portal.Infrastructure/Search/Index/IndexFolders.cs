using System.Globalization;

namespace VirtualSchool.Portal.Infrastructure.Search.Index;

/// <summary>
/// An index's folder: <c>{IndexPath}/{name}/</c> holds the lock file, a <c>current</c> file naming the generation in
/// use, and the generation folders themselves (<c>g{time}</c>). A rebuild writes a new generation beside the one being
/// searched and swaps by rewriting <c>current</c> (write, then rename: atomic), so a crash mid-rebuild leaves the old
/// index whole. Only the lock holder changes any of it.
/// </summary>
internal sealed class IndexFolders(string root)
{
    private const string CurrentFile = "current";

    public string Root { get; } = root;

    /// <summary>The generation in use; null when there is none (never built, or the pointer names a missing folder).</summary>
    public string? Current()
    {
        var pointer = Path.Combine(Root, CurrentFile);
        if (!File.Exists(pointer))
        {
            return null;
        }

        var name = File.ReadAllText(pointer).Trim();
        if (name.Length == 0 || name.Contains('/', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal))
        {
            return null;
        }

        var folder = Path.Combine(Root, name);
        return Directory.Exists(folder) ? folder : null;
    }

    public string NewGeneration()
    {
        var name = "g" + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..6];
        var folder = Path.Combine(Root, name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    public void MakeCurrent(string generation)
    {
        var temp = Path.Combine(Root, CurrentFile + ".tmp");
        File.WriteAllText(temp, Path.GetFileName(generation));
        File.Move(temp, Path.Combine(Root, CurrentFile), overwrite: true);
    }

    /// <summary>Deletes every generation but the current one (left by a rebuild that died, or replaced by one).</summary>
    public void DeleteOthers(string? keep)
    {
        foreach (var folder in Directory.EnumerateDirectories(Root, "g*"))
        {
            if (keep is null || !string.Equals(Path.GetFullPath(folder), Path.GetFullPath(keep), StringComparison.Ordinal))
            {
                Delete(folder);
            }
        }
    }

    public static void Delete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the next start's tidy-up.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
