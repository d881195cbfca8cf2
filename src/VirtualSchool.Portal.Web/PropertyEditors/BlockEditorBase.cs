using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Html;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.PropertyEditors;
using VirtualSchool.Portal.Web.Content;

namespace VirtualSchool.Portal.Web.PropertyEditors;

/// <summary>
/// The block editors (list and grid): a page shows each block's values in turn, text as text and rich text sanitised
/// (the portal has no per-block views); the Delivery API writes Umbraco's block items. Edited as raw JSON.
/// </summary>
public abstract class BlockEditorBase : PropertyEditor
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    public override async ValueTask<IHtmlContent> RenderAsync(PropertyRenderer page, PropertyType property, string value, CancellationToken cancellationToken) =>
        await BlocksAsync(page, value, cancellationToken);

    /// <summary>Each block's values, through its element type's editors.</summary>
    public override void SearchText(string value, SearchTextWriter text)
    {
        using var document = Parse(value);
        if (document is not null && document.RootElement.ValueKind == JsonValueKind.Object)
        {
            AddBlocksText(document.RootElement, text);
        }
    }

    /// <summary>
    /// The words of a block value (<c>{ contentData: [...] }</c>, also a rich-text value's <c>blocks</c>): each element's
    /// values through the editor each names (Umbraco 14 and later) or its element type's; settings are not words.
    /// </summary>
    public static void AddBlocksText(JsonElement blocks, SearchTextWriter text)
    {
        if (!blocks.TryGetProperty("contentData", out var contentData) || contentData.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        foreach (var block in contentData.EnumerateArray().Where(b => b.ValueKind == JsonValueKind.Object))
        {
            Guid? type = block.TryGetProperty("contentTypeKey", out var t) && Guid.TryParse(t.GetString(), out var key) ? key : null;
            if (block.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array)
            {
                foreach (var entry in values.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.Object && v.TryGetProperty("alias", out _)))
                {
                    var editor = entry.TryGetProperty("editorAlias", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
                    text.AddElementProperty(type, entry.GetProperty("alias").GetString() ?? "", editor, entry.TryGetProperty("value", out var v) ? Stored(v) : null);
                }
            }
            else
            {
                foreach (var property in block.EnumerateObject().Where(p => p.Name is not ("contentTypeKey" or "udi" or "key")))
                {
                    text.AddElementProperty(type, property.Name, null, Stored(property.Value));
                }
            }
        }
    }

    /// <summary>A block value as the portal stores a property's value: strings as they are, anything else as its JSON.</summary>
    private static string? Stored(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => value.GetRawText(),
    };

    /// <summary>The stored value as JSON; null when it is not JSON (the Delivery API then writes null).</summary>
    internal static JsonDocument? Parse(string value)
    {
        try
        {
            return JsonDocument.Parse(value);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task<HtmlString> BlocksAsync(PropertyRenderer page, string value, CancellationToken cancellationToken)
    {
        try
        {
            using var document = JsonDocument.Parse(value);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("contentData", out var contentData) || contentData.ValueKind != JsonValueKind.Array)
            {
                return PropertyRenderer.Wrap(PropertyRenderer.Text(value));
            }

            var html = new StringBuilder("<div class=\"app-blocks\">");
            foreach (var block in contentData.EnumerateArray())
            {
                html.Append("<div class=\"app-block govuk-!-margin-bottom-6\">");
                if (block.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array)
                {
                    foreach (var entry in values.EnumerateArray())
                    {
                        if (entry.TryGetProperty("value", out var v))
                        {
                            html.Append(await BlockValueAsync(page, v, cancellationToken));
                        }
                    }
                }
                else
                {
                    foreach (var property in block.EnumerateObject().Where(p => p.Name is not ("contentTypeKey" or "udi" or "key")))
                    {
                        html.Append(await BlockValueAsync(page, property.Value, cancellationToken));
                    }
                }

                html.Append("</div>");
            }

            return new HtmlString(html.Append("</div>").ToString());
        }
        catch (JsonException)
        {
            return PropertyRenderer.Wrap(PropertyRenderer.Text(value));
        }
    }

    // Rich text in a block is rendered as a rich-text property is, local links resolved for every reader.
    private static async Task<string> BlockValueAsync(PropertyRenderer page, JsonElement value, CancellationToken cancellationToken)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                var text = value.GetString();
                if (string.IsNullOrWhiteSpace(text) || text.StartsWith("umb://", StringComparison.Ordinal) || Guid.TryParse(text, out _))
                {
                    return "";
                }

                return text.TrimStart().StartsWith('<')
                    ? (await page.RichTextMarkupAsync(text, cancellationToken)).Value ?? ""
                    : $"<p class=\"govuk-body\">{Encoder.Encode(text)}</p>";
            case JsonValueKind.Object when value.TryGetProperty("markup", out var markup):
                return (await page.RichTextMarkupAsync(markup.GetString(), cancellationToken)).Value ?? "";
            case JsonValueKind.Object when value.TryGetProperty("text", out var heading):
                return $"<p class=\"govuk-body govuk-!-font-weight-bold\">{Encoder.Encode(heading.GetString() ?? "")}</p>";
            case JsonValueKind.Object when value.TryGetProperty("contentData", out _):
                return (await BlocksAsync(page, value.GetRawText(), cancellationToken)).Value ?? "";
            default:
                return "";
        }
    }
}
