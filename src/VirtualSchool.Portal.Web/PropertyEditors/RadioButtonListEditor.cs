using System.Text.Json;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.PropertyEditors;
using VirtualSchool.Portal.Web.DeliveryApi;

namespace VirtualSchool.Portal.Web.PropertyEditors;

/// <summary><c>Umbraco.RadioButtonList</c>: one item; the Delivery API writes it as a string (null when empty). Edited as raw text.</summary>
public sealed class RadioButtonListEditor : ListEditor
{
    public override string Alias => "Umbraco.RadioButtonList";

    protected override bool CommaSeparated => false;

    public override ValueTask WriteJsonAsync(DeliveryJsonWriter writer, PropertyType property, string value, OutputLevel level)
    {
        var items = StoredValues.Items(value);
        writer.Json.WriteStringValue(items.Count > 0 ? items[0] : value);
        return ValueTask.CompletedTask;
    }

    public override void WriteEmptyJson(Utf8JsonWriter json) => json.WriteNullValue();
}
