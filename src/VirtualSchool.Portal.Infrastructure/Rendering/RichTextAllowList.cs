namespace VirtualSchool.Portal.Infrastructure.Rendering;

/// <summary>
/// The elements and attributes a rich-text data type's markup may contain, derived from its Tiptap extensions as
/// Umbraco 17 names them: no <c>Umb.Tiptap.Table</c>, no table tags; <c>Umb.Tiptap.Heading</c> gives h2 to h4;
/// <c>Umb.Tiptap.Link</c> gives <c>a</c> with href, type and title; <c>Umb.Tiptap.Anchor</c> gives ids on headings.
/// Paragraphs and line breaks (<c>Umb.Tiptap.RichTextEssentials</c>, which Umbraco never lets a data type leave out)
/// are always allowed. Classes, styles, data attributes, divs and spans are never allowed, whatever the extensions
/// say: the site adds GOV.UK Frontend's classes itself, and the CSP forbids inline styles.
/// </summary>
public sealed class RichTextAllowList
{
    private static readonly (string Extension, string[] Tags)[] TagsByExtension =
    [
        ("Heading", ["h2", "h3", "h4"]),
        ("Bold", ["strong", "b"]),
        ("Italic", ["em", "i"]),
        ("Underline", ["u"]),
        ("Strike", ["s"]),
        ("Subscript", ["sub"]),
        ("Superscript", ["sup"]),
        ("BulletList", ["ul", "li"]),
        ("OrderedList", ["ol", "li"]),
        ("Blockquote", ["blockquote"]),
        ("HorizontalRule", ["hr"]),
        ("CodeBlock", ["pre", "code"]),
        ("Table", ["table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td"]),
        ("Link", ["a"]),
        ("Image", ["img"]),
        ("Figure", ["figure", "figcaption"]),
        ("Block", ["umb-rte-block", "umb-rte-block-inline"]), // where a block sits, for the Delivery API's clients
    ];

    private RichTextAllowList(RichTextSettings settings)
    {
        var tags = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "p", "br" };
        foreach (var (extension, names) in TagsByExtension)
        {
            if (settings.Allows(extension))
            {
                tags.UnionWith(names);
            }
        }

        var attributes = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase)
        {
            ["a"] = ["href", "type", "title"],
            ["ol"] = ["start"],
            ["th"] = ["scope", "colspan", "rowspan"],
            ["td"] = ["colspan", "rowspan"],
            ["img"] = ["src", "alt", "width", "height"],
            ["umb-rte-block"] = ["data-content-key"],
            ["umb-rte-block-inline"] = ["data-content-key"],
        };
        if (settings.Allows("Anchor"))
        {
            foreach (var heading in new[] { "h2", "h3", "h4", "a" })
            {
                attributes[heading] = [.. attributes.GetValueOrDefault(heading) ?? [], "id"];
            }
        }

        Tags = tags;
        Attributes = attributes;
        Headings = settings.Allows("Heading");
    }

    /// <summary>The elements kept; any other element is unwrapped (its text kept) or, if executable, dropped whole.</summary>
    public IReadOnlySet<string> Tags { get; }

    /// <summary>The attributes each kept element may have; every other attribute is removed.</summary>
    public IReadOnlyDictionary<string, HashSet<string>> Attributes { get; }

    /// <summary>Whether headings are kept (h1 becomes h2, h5 and h6 become h4) or turned into paragraphs.</summary>
    public bool Headings { get; }

    /// <summary>The allow-list of a data type's settings.</summary>
    public static RichTextAllowList For(RichTextSettings settings) => new(settings);
}
