using System.Collections.Concurrent;
using System.Text.Json;

namespace VirtualSchool.Portal.Infrastructure.Rendering;

/// <summary>
/// A rich-text data type's configuration, as Umbraco 17's Tiptap editor keeps it: <c>extensions</c> (what the markup
/// may contain, e.g. <c>Umb.Tiptap.Table</c>) and <c>toolbar</c> (rows of groups of buttons, e.g.
/// <c>Umb.Tiptap.Toolbar.Bold</c>). The extensions decide the sanitiser's allow-list; the toolbar decides the editor's
/// buttons. A data type without either (a TinyMCE data type from Umbraco 8 to 13) gets <see cref="Default"/>.
/// </summary>
public sealed class RichTextSettings
{
    private static readonly ConcurrentDictionary<string, RichTextSettings> Parsed = new(StringComparer.Ordinal);

    /// <summary>Everything the portal's editor offers: the GOV.UK content set (headings, emphasis, lists, quotes, tables, links, rules).</summary>
    public static RichTextSettings Default { get; } = new(
        [
            "Umb.Tiptap.RichTextEssentials", "Umb.Tiptap.Heading", "Umb.Tiptap.Bold", "Umb.Tiptap.Italic",
            "Umb.Tiptap.BulletList", "Umb.Tiptap.OrderedList", "Umb.Tiptap.Blockquote", "Umb.Tiptap.HorizontalRule",
            "Umb.Tiptap.Link", "Umb.Tiptap.Anchor", "Umb.Tiptap.Table",
        ],
        [
            ["Umb.Tiptap.Toolbar.Heading2", "Umb.Tiptap.Toolbar.Heading3", "Umb.Tiptap.Toolbar.Heading4"],
            ["Umb.Tiptap.Toolbar.Bold", "Umb.Tiptap.Toolbar.Italic"],
            ["Umb.Tiptap.Toolbar.BulletList", "Umb.Tiptap.Toolbar.OrderedList"],
            ["Umb.Tiptap.Toolbar.Blockquote", "Umb.Tiptap.Toolbar.HorizontalRule", "Umb.Tiptap.Toolbar.Table"],
            ["Umb.Tiptap.Toolbar.Link", "Umb.Tiptap.Toolbar.Unlink"],
            ["Umb.Tiptap.Toolbar.Undo", "Umb.Tiptap.Toolbar.Redo"],
        ]);

    public RichTextSettings(IEnumerable<string> extensions, IEnumerable<IReadOnlyList<string>> toolbar)
    {
        Extensions = new HashSet<string>(extensions, StringComparer.OrdinalIgnoreCase);
        Toolbar = [.. toolbar.Where(g => g.Count > 0)];
    }

    /// <summary>The data type's <c>extensions</c>: what its markup may contain.</summary>
    public IReadOnlySet<string> Extensions { get; }

    /// <summary>The toolbar's groups of buttons, in order (Umbraco's rows are joined: the portal shows one row that wraps).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Toolbar { get; }

    /// <summary>Whether the data type has an extension, by its Umbraco id (<c>Umb.Tiptap.Table</c>) or short name (<c>Table</c>).</summary>
    public bool Allows(string extension) =>
        Extensions.Contains(extension.StartsWith("Umb.", StringComparison.Ordinal) ? extension : "Umb.Tiptap." + extension);

    /// <summary>Whether the toolbar has a button, by its Umbraco id or short name (<c>Bold</c>).</summary>
    public bool HasButton(string button)
    {
        var id = button.StartsWith("Umb.", StringComparison.Ordinal) ? button : "Umb.Tiptap.Toolbar." + button;
        return Toolbar.Any(g => g.Contains(id, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The settings in a data type's configuration JSON (parsed once per distinct configuration).</summary>
    public static RichTextSettings FromConfiguration(string? json) =>
        string.IsNullOrWhiteSpace(json) ? Default : Parsed.GetOrAdd(json, Parse);

    private static RichTextSettings Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Default;
            }

            var extensions = Property(root, "extensions") is { ValueKind: JsonValueKind.Array } e
                ? e.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
                : null;
            var toolbar = Property(root, "toolbar") is { ValueKind: JsonValueKind.Array } t ? Groups(t) : null;
            if (extensions is null or { Count: 0 } && toolbar is null or { Count: 0 })
            {
                return Default;
            }

            return new RichTextSettings(extensions ?? [.. Default.Extensions], toolbar is { Count: > 0 } ? toolbar : Default.Toolbar);
        }
        catch (JsonException)
        {
            return Default;
        }
    }

    // Umbraco writes rows of groups of buttons ([[["Bold","Italic"],["Link"]]]); a flat list of groups or of buttons is read too.
    private static List<IReadOnlyList<string>> Groups(JsonElement toolbar)
    {
        var groups = new List<IReadOnlyList<string>>();
        foreach (var item in toolbar.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                groups.Add([item.GetString()!]);
            }
            else if (item.ValueKind == JsonValueKind.Array && item.EnumerateArray().All(x => x.ValueKind == JsonValueKind.String))
            {
                groups.Add([.. item.EnumerateArray().Select(x => x.GetString()!)]);
            }
            else if (item.ValueKind == JsonValueKind.Array)
            {
                groups.AddRange(Groups(item));
            }
        }

        return groups;
    }

    private static JsonElement? Property(JsonElement root, string name)
    {
        foreach (var property in root.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }
}
