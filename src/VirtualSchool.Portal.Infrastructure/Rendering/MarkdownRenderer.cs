using Markdig;

namespace VirtualSchool.Portal.Infrastructure.Rendering;

/// <summary>
/// Renders editors' Markdown to HTML with raw HTML switched off, then through the sanitiser so nothing unsafe
/// (such as a javascript: link) survives: plain markup for the Delivery API, or with GOV.UK classes for the site.
/// </summary>
public static class MarkdownRenderer
{
    /// <summary>The site's Markdown dialect, shared with <see cref="MarkdownToRichText"/> so a conversion reads Markdown as pages showed it.</summary>
    internal static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseAutoLinks()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .Build();

    // Markdown can say more than the rich-text editor offers (images, code), and always could.
    private static readonly RichTextSettings Allowed = new(
        [.. RichTextSettings.Default.Extensions, "Umb.Tiptap.Image", "Umb.Tiptap.CodeBlock", "Umb.Tiptap.Strike"], []);

    /// <summary>Plain, safe HTML, as Umbraco's Delivery API returns Markdown.</summary>
    public static string ToHtml(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : HtmlSanitiser.Sanitise(Markdown.ToHtml(markdown, Pipeline), Allowed);

    /// <summary>Safe HTML with GOV.UK Frontend's classes, for the site's pages.</summary>
    public static string ToSiteHtml(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : HtmlSanitiser.SanitiseForSite(Markdown.ToHtml(markdown, Pipeline), Allowed);

    /// <summary>The plain text of Markdown, for summaries and meta descriptions.</summary>
    public static string ToPlainText(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Markdown.ToPlainText(markdown, Pipeline).Trim();
}
