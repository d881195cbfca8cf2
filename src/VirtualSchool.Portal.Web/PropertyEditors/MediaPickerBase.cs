using System.Text.Json;
using Microsoft.AspNetCore.Html;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Querying;
using VirtualSchool.Portal.Web.BackOffice.Content;
using VirtualSchool.Portal.Web.Content;
using VirtualSchool.Portal.Web.DeliveryApi;

namespace VirtualSchool.Portal.Web.PropertyEditors;

/// <summary>
/// The media pickers: links to the files (with size and format) on pages, media items (with crops; their properties
/// when expanded) in the Delivery API, the files' keys in the index so that a filter finds the pages that use a file.
/// </summary>
public abstract class MediaPickerBase : PropertyEditor
{
    /// <summary>Whether text that is not a JSON array is read as comma-separated UDIs (the older pickers store it so).</summary>
    protected virtual bool CommaSeparated => true;

    public override IndexedKind IndexKind => IndexedKind.Text;

    public override IndexedValue? Index(string value) => IndexedValue.FromTerms(IndexedValue.Items(value, CommaSeparated, keys: true));

    public override string MandatoryVerb => "Choose";

    public override async ValueTask<string> DescribeAsync(EditorLookups lookups, PropertyType property, string value, CancellationToken cancellationToken)
    {
        var keys = IndexedValue.Items(value, CommaSeparated, keys: true).Select(IndexedValue.KeyOf).OfType<Guid>().ToList();
        return keys.Count == 0 ? value : await lookups.MediaNamesAsync(keys, cancellationToken);
    }

    public override async ValueTask<IHtmlContent> RenderAsync(PropertyRenderer page, PropertyType property, string value, CancellationToken cancellationToken) =>
        PropertyRenderer.List((await page.MediaAsync(value, cancellationToken)).Select(PropertyRenderer.FileLink));

    public override ValueTask WriteJsonAsync(DeliveryJsonWriter writer, PropertyType property, string value, OutputLevel level) =>
        new(writer.WriteMediaPickerAsync(value, level.Expands(property.Alias) ? level.Inside(property.Alias) : null));

    public override void WriteEmptyJson(Utf8JsonWriter json)
    {
        json.WriteStartArray();
        json.WriteEndArray();
    }
}
