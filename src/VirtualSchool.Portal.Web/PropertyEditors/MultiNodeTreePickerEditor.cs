using System.Text.Json;
using Microsoft.AspNetCore.Html;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Core.Querying;
using VirtualSchool.Portal.Web.BackOffice.Content;
using VirtualSchool.Portal.Web.Content;
using VirtualSchool.Portal.Web.DeliveryApi;

namespace VirtualSchool.Portal.Web.PropertyEditors;

/// <summary><c>Umbraco.MultiNodeTreePicker</c>: several pages as comma-separated UDIs; links on pages, an array of pages in the Delivery API. Edited as raw text.</summary>
public sealed class MultiNodeTreePickerEditor : PropertyEditor
{
    public override string Alias => "Umbraco.MultiNodeTreePicker";

    public override IndexedKind IndexKind => IndexedKind.Text;

    public override IndexedValue? Index(string value) => IndexedValue.FromTerms(IndexedValue.Items(value, commaSeparated: true, keys: true));

    public override string MandatoryVerb => "Choose";

    public override async ValueTask<string> DescribeAsync(EditorLookups lookups, PropertyType property, string value, CancellationToken cancellationToken) =>
        await lookups.PageNamesAsync(value.Split(',').Select(IndexedValue.KeyOf).OfType<Guid>(), cancellationToken) is { Length: > 0 } names ? names : value;

    public override ValueTask<IHtmlContent> RenderAsync(PropertyRenderer page, PropertyType property, string value, CancellationToken cancellationToken) =>
        ValueTask.FromResult(page.PageLinks(value));

    public override async ValueTask WriteJsonAsync(DeliveryJsonWriter writer, PropertyType property, string value, OutputLevel level)
    {
        writer.Json.WriteStartArray();
        foreach (var node in value.Split(',').Select(IndexedValue.KeyOf).OfType<Guid>().Select(writer.Visible).OfType<PublishedContent>())
        {
            await writer.WriteContentAsync(node, level.Expands(property.Alias) ? level.Inside(property.Alias) : null);
        }

        writer.Json.WriteEndArray();
    }

    public override void WriteEmptyJson(Utf8JsonWriter json)
    {
        json.WriteStartArray();
        json.WriteEndArray();
    }
}
