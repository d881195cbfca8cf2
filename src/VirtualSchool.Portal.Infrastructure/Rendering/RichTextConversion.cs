namespace VirtualSchool.Portal.Infrastructure.Rendering;

/// <summary>
/// Markdown converted to stored rich text: the <see cref="Html"/>, and the addresses of links that matched no page,
/// media item or allowed external address and so became plain text (the preview lists them).
/// </summary>
public sealed record RichTextConversion(string Html, IReadOnlyList<string> LinksKeptAsText);
