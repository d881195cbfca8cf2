using Markdig;

namespace VirtualSchool.Portal.Infrastructure.Rendering;

/// <summary>
/// Renders editors' Markdown to HTML with raw HTML switched off, then through the sanitiser so links and
/// headings get GOV.UK classes and nothing unsafe (such as a javascript: link) survives.
/// </summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseAutoLinks()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .Build();

    public static string ToHtml(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : HtmlSanitiser.Sanitise(Markdown.ToHtml(markdown, Pipeline));

    /// <summary>The plain text of Markdown, for summaries and meta descriptions.</summary>
    public static string ToPlainText(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Markdown.ToPlainText(markdown, Pipeline).Trim();
}
