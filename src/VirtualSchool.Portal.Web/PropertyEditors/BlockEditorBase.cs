using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Html;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Infrastructure.Rendering;
using VirtualSchool.Portal.Web.Content;

namespace VirtualSchool.Portal.Web.PropertyEditors;

/// <summary>
/// The block editors (list and grid): a page shows each block's values in turn, text as text and rich text sanitised
/// (the portal has no per-block views); the Delivery API writes Umbraco's block items. Edited as raw JSON.
/// </summary>
public abstract class BlockEditorBase : PropertyEditor
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    public override ValueTask<IHtmlContent> RenderAsync(PropertyRenderer page, PropertyType property, string value, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IHtmlContent>(Blocks(value));

    /// <summary>The stored value as JSON; null when it is not JSON (the Delivery API then writes null).</summary>
    protected static JsonDocument? Parse(string value)
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

    private static HtmlString Blocks(string value)
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
                            html.Append(BlockValue(v));
                        }
                    }
                }
                else
                {
                    foreach (var property in block.EnumerateObject().Where(p => p.Name is not ("contentTypeKey" or "udi" or "key")))
                    {
                        html.Append(BlockValue(property.Value));
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

    private static string BlockValue(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                var text = value.GetString();
                if (string.IsNullOrWhiteSpace(text) || text.StartsWith("umb://", StringComparison.Ordinal) || Guid.TryParse(text, out _))
                {
                    return "";
                }

                return text.TrimStart().StartsWith('<') ? HtmlSanitiser.SanitiseForSite(text) : $"<p class=\"govuk-body\">{Encoder.Encode(text)}</p>";
            case JsonValueKind.Object when value.TryGetProperty("markup", out var markup):
                return HtmlSanitiser.SanitiseForSite(markup.GetString());
            case JsonValueKind.Object when value.TryGetProperty("text", out var heading):
                return $"<p class=\"govuk-body govuk-!-font-weight-bold\">{Encoder.Encode(heading.GetString() ?? "")}</p>";
            case JsonValueKind.Object when value.TryGetProperty("contentData", out _):
                return Blocks(value.GetRawText()).Value ?? "";
            default:
                return "";
        }
    }
}
