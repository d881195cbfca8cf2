using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using VirtualSchool.Portal.Core.Content;

namespace VirtualSchool.Portal.Infrastructure.USync;

/// <summary>
/// Reads a uSync folder (the v9 layout, <c>uSync/v9/…</c>, or the v17 layout, <c>uSync/v17/…</c>) into items.
/// Every file is read on its own: a file that cannot be read becomes a failure with the reason and the rest
/// go on.
/// </summary>
public static partial class USyncReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
    };

    /// <summary>
    /// Finds the folder that holds the item folders: the given folder itself when it has them, otherwise its
    /// highest <c>vNN</c> subfolder (uSync writes one per major version).
    /// </summary>
    public static string? ResolveVersionFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return null;
        }

        if (ItemFolders.Keys.Any(name => Directory.Exists(Path.Combine(folder, name))))
        {
            return folder;
        }

        return Directory.EnumerateDirectories(folder)
            .Select(d => (Path: d, Match: VersionFolder().Match(Path.GetFileName(d))))
            .Where(d => d.Match.Success)
            .OrderByDescending(d => int.Parse(d.Match.Groups[1].Value, CultureInfo.InvariantCulture))
            .Select(d => d.Path)
            .FirstOrDefault();
    }

    /// <summary>The item folders uSync writes, in the order they must be imported.</summary>
    public static readonly IReadOnlyDictionary<string, int> ItemFolders = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["DataTypes"] = 0,
        ["ContentTypes"] = 1,
        ["MediaTypes"] = 1,
        ["MemberTypes"] = 1,
        ["Languages"] = 2,
        ["Templates"] = 2,
        ["Dictionary"] = 2,
        ["RelationTypes"] = 2,
        ["Media"] = 3,
        ["Forms"] = 3,
        ["Content"] = 4,
        ["Domains"] = 5,
    };

    /// <summary>Reads every <c>.config</c> item file below the version folder.</summary>
    public static (IReadOnlyList<USyncItem> Items, IReadOnlyList<USyncItemResult> Failures) ReadFolder(string versionFolder)
    {
        var items = new List<USyncItem>();
        var failures = new List<USyncItemResult>();
        foreach (var directory in Directory.EnumerateDirectories(versionFolder).OrderBy(d => d, StringComparer.Ordinal))
        {
            var kind = Path.GetFileName(directory);
            foreach (var file in Directory.EnumerateFiles(directory, "*.config", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(versionFolder, file);
                try
                {
                    items.Add(ReadFile(file, relative, kind));
                }
                catch (Exception ex) when (ex is XmlException or USyncFormatException or FormatException or IOException)
                {
                    failures.Add(new USyncItemResult(relative, kind, null, null, USyncChange.Failed, ex.Message));
                }
            }
        }

        return (items, failures);
    }

    /// <summary>Reads one item file; <paramref name="folderKind"/> is the name of the folder it sits in.</summary>
    public static USyncItem ReadFile(string path, string relativePath, string folderKind)
    {
        XDocument document;
        using (var reader = XmlReader.Create(path, Settings))
        {
            document = XDocument.Load(reader);
        }

        var root = document.Root ?? throw new USyncFormatException("the file has no root element");
        var key = ParseKey(root.Attribute("Key")?.Value) ?? throw new USyncFormatException("the root element has no valid Key attribute");
        var alias = root.Attribute("Alias")?.Value ?? "";

        return root.Name.LocalName switch
        {
            "Empty" => new USyncEmpty(relativePath, key, alias, root.Attribute("Change")?.Value ?? "", folderKind),
            "DataType" => new USyncDataType(relativePath, key, alias, ReadDataType(root, key, alias)),
            "ContentType" => ReadContentType(relativePath, root, key, alias, ContentTypeKind.Document),
            "MediaType" => ReadContentType(relativePath, root, key, alias, ContentTypeKind.Media),
            "MemberType" => ReadContentType(relativePath, root, key, alias, ContentTypeKind.Member),
            "Content" => ReadNode(relativePath, root, key, alias, isMedia: false),
            "Media" => ReadNode(relativePath, root, key, alias, isMedia: true),
            "Domain" => ReadDomain(relativePath, root, key, alias),
            "Form" => USyncFormFiles.ReadForm(relativePath, root, key, alias),
            "FormFolder" => USyncFormFiles.ReadFolder(relativePath, root, key, alias),
            "Template" => new USyncIgnored(relativePath, key, alias, "Template", "the portal renders with Razor views chosen by document type"),
            "Language" => new USyncIgnored(relativePath, key, alias, "Language", "the portal's content is invariant; languages are not kept"),
            "RelationType" => new USyncIgnored(relativePath, key, alias, "RelationType", "relation types are not used by the portal"),
            "DictionaryItem" or "Dictionary" => new USyncIgnored(relativePath, key, alias, "Dictionary", "dictionary items are not used by the portal"),
            var other => throw new USyncFormatException($"'{other}' is not a uSync item this portal reads"),
        };
    }

    private static DataType ReadDataType(XElement root, Guid key, string alias)
    {
        var info = root.Element("Info") ?? throw new USyncFormatException("the data type has no Info element");
        var editor = Text(info, "EditorAlias");
        if (string.IsNullOrWhiteSpace(editor))
        {
            throw new USyncFormatException("the data type has no EditorAlias");
        }

        var config = root.Element("Config")?.Value;
        return new DataType
        {
            Key = key,
            Name = Text(info, "Name") ?? alias,
            EditorAlias = editor.Trim(),
            EditorUiAlias = Text(info, "EditorUIAlias"),
            DatabaseType = Text(info, "DatabaseType"),
            Folder = Text(info, "Folder"),
            Configuration = string.IsNullOrWhiteSpace(config) ? "{}" : config.Trim(),
        };
    }

    private static USyncContentType ReadContentType(string file, XElement root, Guid key, string alias, ContentTypeKind kind)
    {
        var info = root.Element("Info") ?? throw new USyncFormatException("the content type has no Info element");
        if (string.IsNullOrWhiteSpace(alias))
        {
            throw new USyncFormatException("the content type has no Alias");
        }

        var groups = root.Element("Tabs")?.Elements("Tab")
            .Select(t => new PropertyGroup(
                Text(t, "Alias") ?? UrlSegments.FromName(Text(t, "Caption") ?? "group"),
                Text(t, "Caption") ?? Text(t, "Alias") ?? "",
                Text(t, "Type") ?? "Group",
                Int(Text(t, "SortOrder")),
                ParseKey(Text(t, "Key"))))
            .ToList() ?? [];

        var properties = new List<PropertyType>();
        foreach (var p in root.Element("GenericProperties")?.Elements("GenericProperty") ?? [])
        {
            var propertyAlias = Text(p, "Alias");
            if (string.IsNullOrWhiteSpace(propertyAlias))
            {
                throw new USyncFormatException("a property has no Alias");
            }

            var definition = ParseKey(Text(p, "Definition"))
                ?? throw new USyncFormatException($"property '{propertyAlias}' has no valid Definition (data type key)");
            properties.Add(new PropertyType(
                ParseKey(Text(p, "Key")) ?? Guid.Empty,
                propertyAlias,
                Text(p, "Name") ?? propertyAlias,
                definition,
                Text(p, "Type") ?? "",
                Bool(Text(p, "Mandatory")),
                Text(p, "Validation"),
                p.Element("Description")?.Value is { Length: > 0 } description ? description : null,
                Int(Text(p, "SortOrder")),
                p.Element("Tab")?.Attribute("Alias")?.Value ?? Text(p, "Tab")));
        }

        var type = new ContentType
        {
            Key = key,
            Kind = kind,
            Alias = alias,
            Name = Text(info, "Name") ?? alias,
            Icon = Text(info, "Icon"),
            Description = Text(info, "Description"),
            AllowAtRoot = Bool(Text(info, "AllowAtRoot")),
            IsElement = Bool(Text(info, "IsElement")),
            Folder = Text(info, "Folder"),
            Compositions = info.Element("Compositions")?.Elements().Select(c => c.Value.Trim()).Where(c => c.Length > 0).ToList() ?? [],
            AllowedChildren = root.Element("Structure")?.Elements().Select(c => c.Value.Trim()).Where(c => c.Length > 0).ToList() ?? [],
            Groups = groups,
            Properties = properties,
        };
        return new USyncContentType(file, key, alias, type);
    }

    private static USyncNode ReadNode(string file, XElement root, Guid key, string alias, bool isMedia)
    {
        var info = root.Element("Info") ?? throw new USyncFormatException("the item has no Info element");
        var contentType = Text(info, "ContentType");
        if (string.IsNullOrWhiteSpace(contentType))
        {
            throw new USyncFormatException("the item has no ContentType");
        }

        var parent = ParseKey(info.Element("Parent")?.Attribute("Key")?.Value);
        var name = info.Element("NodeName")?.Attribute("Default")?.Value;
        if (string.IsNullOrWhiteSpace(name))
        {
            name = alias;
        }

        var created = DateTime.TryParse(Text(info, "CreateDate"), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? DateTime.SpecifyKind(date, DateTimeKind.Utc)
            : DateTime.UnixEpoch;

        var properties = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in root.Element("Properties")?.Elements() ?? [])
        {
            // Invariant content has one Value; for variant content we keep the invariant or else the first culture.
            var values = property.Elements("Value").ToList();
            var value = values.FirstOrDefault(v => string.IsNullOrEmpty(v.Attribute("Culture")?.Value)) ?? values.FirstOrDefault();
            properties[property.Name.LocalName] = value?.Value;
        }

        var published = info.Element("Published") is { } p
            && Bool(p.Attribute("Default")?.Value ?? p.Value);
        return new USyncNode(
            file,
            key,
            alias,
            isMedia,
            name.Trim(),
            parent is { } k && k != Guid.Empty ? k : null,
            Int(root.Attribute("Level")?.Value, 1),
            Int(Text(info, "SortOrder")),
            contentType.Trim(),
            created,
            isMedia || published,
            Bool(Text(info, "Trashed")),
            Text(info, "Template"),
            properties)
        {
            UpdateDate = DateTime.TryParse(Text(info, "UpdateDate"), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var updated)
                ? DateTime.SpecifyKind(updated, DateTimeKind.Utc)
                : null,
        };
    }

    private static USyncItem ReadDomain(string file, XElement root, Guid key, string alias)
    {
        var info = root.Element("Info");
        var rootKey = ParseKey(info?.Element("Root")?.Attribute("Key")?.Value);
        if (rootKey is null || rootKey == Guid.Empty)
        {
            return new USyncIgnored(file, key, alias, "Domain", "the domain is bound to no content node");
        }

        return new USyncDomain(file, key, alias, new Domain
        {
            Key = key,
            Name = alias,
            RootKey = rootKey.Value,
            Language = Text(info!, "Language"),
            IsWildcard = Bool(Text(info!, "IsWildcard")),
        });
    }

    private static string? Text(XElement parent, string name)
    {
        var value = parent.Element(name)?.Value;
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    private static Guid? ParseKey(string? value) => Guid.TryParse(value, out var key) ? key : null;

    private static bool Bool(string? value) =>
        value is not null && (value.Trim().Equals("true", StringComparison.OrdinalIgnoreCase) || value.Trim() == "1");

    private static int Int(string? value, int fallback = 0) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : fallback;

    [GeneratedRegex(@"^v(\d+)$", RegexOptions.IgnoreCase)]
    private static partial Regex VersionFolder();
}

/// <summary>A uSync file that is well-formed XML but not a valid item.</summary>
public sealed class USyncFormatException(string message) : Exception(message);
