using System.Text.Encodings.Web;

namespace VirtualSchool.Portal.Web.Content;

/// <summary>
/// What a reader is told about a file before opening it, as the Local Offer page shows it under its report:
/// "Size: 57.61 KB" and "File format: docx", each an <c>app-file-meta__item</c>. One home for the words, so a
/// document linked from rich text, a media picker or an upload field reads the same.
/// </summary>
public static class FileMeta
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    /// <summary>The items, in order; empty when neither the size nor the format is known.</summary>
    public static IReadOnlyList<string> Items(MediaLink file) =>
        new[] { file.Size is { } size ? $"Size: {size}" : null, file.Extension is { } ext ? $"File format: {ext}" : null }.OfType<string>().ToList();

    /// <summary>The items as inline HTML (<c>&lt;span class="app-file-meta"&gt;</c>); empty when there are none.</summary>
    public static string Html(MediaLink file)
    {
        var items = Items(file);
        return items.Count == 0
            ? ""
            : $"<span class=\"app-file-meta\">{string.Join(' ', items.Select(i => $"<span class=\"app-file-meta__item\">{Encoder.Encode(i)}</span>"))}</span>";
    }
}
