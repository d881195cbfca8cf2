using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Media;

namespace VirtualSchool.Portal.Infrastructure.USync;

/// <summary>
/// Writes items in uSync 17's XML, element for element as uSync writes them (and as <see cref="USyncReader"/>
/// reads them): UTF-8 with a byte-order mark, two-space indents, LF line ends, values in CDATA.
/// </summary>
internal static class USyncWriter
{
    public const string Version = "17.3.5.0";
    public const string Format = "10.7.0";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        // A carriage return in a value is written as &#xD; so that it survives being read back (see Value).
        NewLineHandling = NewLineHandling.Entitize,
    };

    /// <summary>The file's bytes; throws <see cref="USyncExportException"/> when the item cannot be XML.</summary>
    public static byte[] Serialize(XElement root)
    {
        using var stream = new MemoryStream();
        try
        {
            using (var writer = XmlWriter.Create(stream, Settings))
            {
                new XDocument(new XDeclaration("1.0", "utf-8", null), root).Save(writer);
            }
        }
        catch (ArgumentException ex)
        {
            // The writer refuses characters XML cannot carry, in names as well as values.
            throw new USyncExportException(ex.Message);
        }

        return stream.ToArray();
    }

    public static XElement Config() => new("uSync", new XAttribute("version", Version), new XAttribute("format", Format));

    public static XElement DataType(DataType dataType) =>
        new(
            "DataType",
            Header(dataType.Key, dataType.Name, 1),
            new XElement(
                "Info",
                new XElement("Name", dataType.Name),
                new XElement("EditorAlias", dataType.EditorAlias),
                Optional("EditorUIAlias", dataType.EditorUiAlias),
                Optional("DatabaseType", dataType.DatabaseType),
                Optional("Folder", dataType.Folder)),
            new XElement("Config", CData(dataType.Configuration)));

    /// <param name="keys">Keys of the content types by kind and alias, for compositions and allowed children.</param>
    public static XElement ContentType(ContentType type, IReadOnlyDictionary<(ContentTypeKind, string), Guid> keys)
    {
        var name = type.Kind switch
        {
            ContentTypeKind.Media => "MediaType",
            ContentTypeKind.Member => "MemberType",
            _ => "ContentType",
        };
        var isDocument = type.Kind == ContentTypeKind.Document;
        var groups = type.Groups.GroupBy(g => g.Alias, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.OrdinalIgnoreCase);

        var info = new XElement(
            "Info",
            new XElement("Name", type.Name),
            new XElement("Icon", type.Icon ?? ""),
            new XElement("Thumbnail", isDocument ? "folder.png" : type.Icon ?? ""),
            new XElement("Description", type.Description ?? ""),
            new XElement("AllowAtRoot", type.AllowAtRoot ? "True" : "False"),
            new XElement("ListView", Guid.Empty),
            new XElement("Variations", "Nothing"),
            new XElement("IsElement", type.IsElement ? "true" : "false"),
            Optional("Folder", type.Folder),
            isDocument
                ? new XElement(
                    "HistoryCleanup",
                    new XElement("PreventCleanup", "False"),
                    new XElement("KeepAllVersionsNewerThanDays", ""),
                    new XElement("KeepLatestVersionPerDayForDays", ""))
                : null,
            new XElement("Compositions", type.Compositions.Select(alias => new XElement("Composition", KeyOf(type.Kind, alias), alias))),
            isDocument ? new XElement("DefaultTemplate", "") : null,
            isDocument ? new XElement("AllowedTemplates") : null);

        var structure = new XElement(
            "Structure",
            type.AllowedChildren.Select((alias, i) => new XElement(name, KeyOf(type.Kind, alias), new XAttribute("SortOrder", i), alias)));

        var properties = new XElement("GenericProperties", type.Properties.Select(p => new XElement(
            "GenericProperty",
            new XElement("Key", p.Key),
            new XElement("Name", p.Name),
            new XElement("Alias", p.Alias),
            new XElement("Definition", p.DataTypeKey),
            new XElement("Type", p.EditorAlias),
            new XElement("Mandatory", p.Mandatory ? "true" : "false"),
            new XElement("Validation", p.ValidationRegex ?? ""),
            new XElement("Description", CData(p.Description ?? "")),
            new XElement("SortOrder", p.SortOrder),
            p.GroupAlias is null
                ? new XElement("Tab")
                : new XElement("Tab", new XAttribute("Alias", p.GroupAlias), groups.GetValueOrDefault(p.GroupAlias, p.GroupAlias)),
            type.Kind == ContentTypeKind.Member
                ? [new XElement("CanEdit", "false"), new XElement("CanView", "false"), new XElement("IsSensitive", "false")]
                : new[] { new XElement("Variations", "Nothing") },
            new XElement("MandatoryMessage", ""),
            new XElement("ValidationRegExpMessage", ""),
            new XElement("LabelOnTop", "false"))));

        var tabs = new XElement("Tabs", type.Groups.Select(g => new XElement(
            "Tab",
            g.Key is { } key ? new XElement("Key", key) : null,
            new XElement("Caption", g.Name),
            new XElement("Alias", g.Alias),
            new XElement("Type", g.Type),
            new XElement("SortOrder", g.SortOrder))));

        // uSync writes a document type's structure before its properties, and a media or member type's after.
        return isDocument
            ? new XElement(name, Header(type.Key, type.Alias, 1), info, structure, properties, tabs)
            : new XElement(name, Header(type.Key, type.Alias, 1), info, properties, structure, tabs);

        XAttribute? KeyOf(ContentTypeKind kind, string alias) =>
            keys.TryGetValue((kind, alias), out var key) ? new XAttribute("Key", key) : null;
    }

    /// <summary>A content node: its draft's name and <paramref name="values"/> (as uSync carries them), with <paramref name="published"/> as its state.</summary>
    public static XElement Content(ContentNode node, ContentVersion draft, IReadOnlyDictionary<string, string?> values, bool published, NodePlace place) =>
        new(
            "Content",
            Header(node.Key, draft.Name, place.Level),
            new XElement(
                "Info",
                Parent(place),
                new XElement("Path", place.Path),
                new XElement("Trashed", "false"),
                new XElement("ContentType", node.ContentTypeAlias),
                new XElement("CreateDate", Date(node.CreateDate)),
                // The page's own publish date, so that an import elsewhere keeps its "Last updated"; a page published
                // as it was created (an import's) needs none, which keeps the seed's files as they were written.
                published && node.PublishDate is { } publishDate && publishDate != node.CreateDate ? new XElement("UpdateDate", Date(publishDate)) : null,
                new XElement("NodeName", new XAttribute("Default", draft.Name)),
                new XElement("SortOrder", node.SortOrder),
                new XElement("Published", new XAttribute("Default", published ? "true" : "false")),
                new XElement("Schedule"),
                string.IsNullOrEmpty(node.TemplateAlias) ? new XElement("Template") : new XElement("Template", node.TemplateAlias)),
            Properties(values));

    public static XElement Media(MediaItem media, IReadOnlyDictionary<string, string?> properties, NodePlace place) =>
        new(
            "Media",
            Header(media.Key, media.Name, place.Level),
            new XElement(
                "Info",
                Parent(place),
                new XElement("Path", place.Path),
                new XElement("Trashed", "false"),
                new XElement("ContentType", media.MediaTypeAlias),
                new XElement("CreateDate", Date(media.CreateDate)),
                new XElement("NodeName", new XAttribute("Default", media.Name)),
                new XElement("SortOrder", media.SortOrder)),
            Properties(properties));

    /// <param name="rootPath">The root node's path by name, such as <c>/Executive Insights/Kezdőlap</c>.</param>
    public static XElement Domain(Domain domain, string rootPath) =>
        new(
            "Domain",
            new XAttribute("Key", domain.Key),
            new XAttribute("Alias", domain.Name),
            new XElement(
                "Info",
                new XElement("IsWildcard", domain.IsWildcard ? "true" : "false"),
                new XElement("Language", domain.Language ?? ""),
                new XElement("Root", new XAttribute("Key", domain.RootKey), rootPath)));

    /// <summary>
    /// uSync's Path: each ancestor's name with only letters, digits and underscores, accents dropped
    /// ("/Executive Insights/Kezdőlap" → "/ExecutiveInsights/Kezdolap"). Informational; nothing reads it.
    /// </summary>
    public static string PathSegment(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c) || c == '_')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static IEnumerable<XAttribute> Header(Guid key, string alias, int level) =>
        [new XAttribute("Key", key), new XAttribute("Alias", alias), new XAttribute("Level", level)];

    private static XElement Parent(NodePlace place) =>
        new("Parent", new XAttribute("Key", place.ParentKey ?? Guid.Empty), place.ParentName ?? "");

    private static XElement? Optional(string name, string? value) =>
        string.IsNullOrEmpty(value) ? null : new XElement(name, value);

    // Whole seconds as uSync writes them; a finer time keeps its fraction rather than lose it.
    private static string Date(DateTime value) =>
        value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    /// <summary>Properties by alias as uSync orders them; a null value is written with no Value at all.</summary>
    private static XElement Properties(IReadOnlyDictionary<string, string?> values) =>
        new("Properties", values
            .OrderBy(v => v.Key, StringComparer.OrdinalIgnoreCase)
            .ThenBy(v => v.Key, StringComparer.Ordinal)
            .Select(v => new XElement(PropertyName(v.Key), v.Value is null ? null : new XElement("Value", CData(v.Value)))));

    private static string PropertyName(string alias)
    {
        try
        {
            return XmlConvert.VerifyNCName(alias);
        }
        catch (XmlException)
        {
            throw new USyncExportException($"the property alias '{alias}' cannot be an XML element name");
        }
    }

    /// <summary>
    /// A value as CDATA. CDATA cannot hold "]]>", so such a value is split over sections
    /// (<c>a]]]]&gt;&lt;![CDATA[&gt;b</c>), which any XML reader joins back. Nor can it keep a carriage return
    /// (readers turn CR LF into LF), so a value with one is written as escaped text with <c>&amp;#xD;</c>.
    /// </summary>
    internal static IEnumerable<XNode> CData(string value)
    {
        if (FirstInvalidCharacter(value) is { } invalid)
        {
            throw new USyncExportException($"a value holds a character XML cannot carry (U+{invalid:X4})");
        }

        if (value.Contains('\r', StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(value))
        {
            return [new XText(value)];
        }

        var parts = value.Split("]]>");
        return parts.Select((part, i) => new XCData((i > 0 ? ">" : "") + part + (i < parts.Length - 1 ? "]]" : "")));
    }

    private static int? FirstInvalidCharacter(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (!XmlConvert.IsXmlChar(value[i]))
            {
                return value[i];
            }
        }

        return null;
    }
}

/// <summary>Where a node sits: its parent, uSync's path of names down to it, and its depth (1 at the top).</summary>
internal sealed record NodePlace(Guid? ParentKey, string? ParentName, string Path, int Level);

/// <summary>An item that cannot be written as uSync XML; the message says why.</summary>
internal sealed class USyncExportException(string message) : Exception(message);
