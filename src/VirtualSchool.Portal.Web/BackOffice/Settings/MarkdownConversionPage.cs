namespace VirtualSchool.Portal.Web.BackOffice.Settings;

/// <summary>
/// One page whose Markdown a conversion changes: the draft (the newest saved version) and, when the page is published
/// with changes not yet published, the published version too, each as Markdown and as the rich text it becomes.
/// </summary>
public sealed record MarkdownConversionPage(
    Guid Key,
    string Name,
    bool Published,
    bool Trashed,
    MarkdownConversionValue Draft,
    MarkdownConversionValue? PublishedValue)
{
    /// <summary>Links, in either version, that matched nothing and become plain text.</summary>
    public IEnumerable<string> LinksKeptAsText => Draft.LinksKeptAsText.Concat(PublishedValue?.LinksKeptAsText ?? []).Distinct(StringComparer.Ordinal);
}

/// <summary>A Markdown value and what it becomes.</summary>
public sealed record MarkdownConversionValue(string Markdown, string RichText, IReadOnlyList<string> LinksKeptAsText);
