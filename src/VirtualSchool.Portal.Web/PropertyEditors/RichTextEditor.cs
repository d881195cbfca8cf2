using System.Text.Json;
using Microsoft.AspNetCore.Html;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Infrastructure.Rendering;
using VirtualSchool.Portal.Web.BackOffice.Content;
using VirtualSchool.Portal.Web.Content;
using VirtualSchool.Portal.Web.DeliveryApi;

namespace VirtualSchool.Portal.Web.PropertyEditors;

/// <summary>
/// <c>Umbraco.RichText</c> (and its former alias <c>Umbraco.TinyMCE</c>): HTML, sanitised when saved and again when
/// shown; stored as the markup or as Umbraco's <c>{ markup, blocks }</c>, which the Delivery API writes.
/// </summary>
public sealed class RichTextEditor : PropertyEditor
{
    public override string Alias => "Umbraco.RichText";

    public override IReadOnlyList<string> OtherAliases => ["Umbraco.TinyMCE"];

    public override string FormView => "RichText";

    public override ValueTask<EditorField> FieldAsync(EditorContext context, PropertyType property, DataType? dataType, string? value, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new EditorField(property, this, value, [], RichText: RichTextSettings.FromConfiguration(dataType?.Configuration)));

    public override ValueTask<EditorRead> ReadAsync(EditorField field, EditorPost post, CancellationToken cancellationToken) =>
        ValueTask.FromResult(EditorRead.Accepted(field, HtmlSanitiser.Sanitise(post.Form[field.Id].ToString())));

    public override ValueTask<IHtmlContent> RenderAsync(PropertyRenderer page, PropertyType property, string value, CancellationToken cancellationToken) =>
        ValueTask.FromResult(PropertyRenderer.RichText(value));

    public override async ValueTask WriteJsonAsync(DeliveryJsonWriter writer, PropertyType property, string value, OutputLevel level)
    {
        var markup = value;
        JsonDocument? document = null;
        if (value.TrimStart().StartsWith('{'))
        {
            try
            {
                document = JsonDocument.Parse(value);
                markup = DeliveryJsonWriter.Str(document.RootElement, "markup") ?? "";
            }
            catch (JsonException)
            {
                document = null;
            }
        }

        using (document)
        {
            var json = writer.Json;
            json.WriteStartObject();
            json.WriteString("markup", markup);
            json.WriteStartArray("blocks");
            if (document is not null && document.RootElement.TryGetProperty("blocks", out var blocks) && blocks.ValueKind == JsonValueKind.Object)
            {
                await new DeliveryBlockWriter(writer).WriteItemsAsync(blocks, grid: null);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }
    }
}
