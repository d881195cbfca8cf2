using VirtualSchool.Portal.Core.Content;

namespace VirtualSchool.Portal.Web.BackOffice.Settings;

/// <summary>
/// What changing a Markdown property to a rich-text data type would do: the document type that declares the property,
/// the property, the rich-text data type chosen, and every page with a value for it. <see cref="Fingerprint"/> names
/// the versions read, so a conversion confirmed from an older preview is refused rather than done unseen.
/// </summary>
public sealed record MarkdownConversionPlan(
    ContentType DocumentType,
    PropertyType Property,
    DataType RichTextDataType,
    IReadOnlyList<MarkdownConversionPage> Pages,
    string Fingerprint);
