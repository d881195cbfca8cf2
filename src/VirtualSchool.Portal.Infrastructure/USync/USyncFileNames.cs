using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace VirtualSchool.Portal.Infrastructure.USync;

/// <summary>
/// Names item files the way uSync does, and makes sure that within one folder no two items share a name
/// (compared without case, as on Windows and macOS) and that no name can leave the folder.
/// </summary>
internal sealed partial class USyncFileNames
{
    private const int MaxLength = 100;
    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Claims <paramref name="baseName"/> (already made safe) for the item; an item that finds it taken gets a
    /// short suffix from its key, as uSync does (<c>hu_hu-hu_14snsrth</c>). Returns the file name with <c>.config</c>.
    /// </summary>
    public string Claim(string baseName, Guid key)
    {
        var hex = key.ToString("N", CultureInfo.InvariantCulture);
        foreach (var candidate in new[] { baseName, $"{baseName}_{hex[..8]}", $"{baseName}_{hex}" })
        {
            if (candidate.Length > 0 && _taken.Add(candidate))
            {
                return candidate + ".config";
            }
        }

        // Only reachable if two items share a key, which the database does not allow.
        throw new InvalidOperationException($"No free file name for {baseName} ({key}).");
    }

    /// <summary>
    /// uSync's name for content, media and domain files: lower case, words joined by hyphens; letters of any
    /// script, digits, dots and underscores kept ("kezdőlap", "local-offer-information-report", "photo.jfif").
    /// </summary>
    public static string ForName(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormC).ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '.' or '_' or '-')
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return Trim(builder.ToString());
    }

    /// <summary>uSync's name for document, media and member type files: the alias in lower case.</summary>
    public static string ForAlias(string alias) => ForName(alias);

    /// <summary>
    /// uSync's name for data type files: the name's words run together, each with a capital
    /// ("Label (string)" → "LabelString", "Date Picker with time" → "DatePickerWithTime"). Slashes and
    /// apostrophes join rather than split words ("True/false" → "Truefalse").
    /// </summary>
    public static string ForDataType(string name)
    {
        var builder = new StringBuilder(name.Length);
        var startOfWord = true;
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(startOfWord ? char.ToUpperInvariant(c) : c);
                startOfWord = false;
            }
            else if (c is not ('/' or '\'' or '’'))
            {
                startOfWord = true;
            }
        }

        return Trim(builder.ToString());
    }

    /// <summary>uSync's name for a domain file: its name and language ("/" in hu-HU → "_hu-hu").</summary>
    public static string ForDomain(string name, string? language) =>
        string.IsNullOrWhiteSpace(language) ? ForName(name) : $"{ForName(name)}_{ForName(language)}";

    // Hyphens and dots are trimmed from the ends so that no name is hidden (".x"), "." or "..". Windows'
    // device names are refused there even with an extension, and uSync folders are often checked out on Windows.
    private static string Trim(string name)
    {
        var trimmed = name.Trim('-', '.');
        if (trimmed.Length > MaxLength)
        {
            trimmed = trimmed[..MaxLength].TrimEnd('-', '.');
        }

        return WindowsDeviceName().IsMatch(trimmed) ? trimmed + "_" : trimmed;
    }

    [GeneratedRegex(@"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex WindowsDeviceName();
}
