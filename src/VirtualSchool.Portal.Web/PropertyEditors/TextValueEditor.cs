using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.PropertyEditors;
using VirtualSchool.Portal.Core.Querying;
using VirtualSchool.Portal.Web.DeliveryApi;

namespace VirtualSchool.Portal.Web.PropertyEditors;

/// <summary>The editors whose value is one piece of text: indexed whole, written by the Delivery API as a string, shown as text.</summary>
public abstract class TextValueEditor : PropertyEditor
{
    public override IndexedKind IndexKind => IndexedKind.Text;

    public override IndexedValue? Index(string value) => IndexedValue.FromTerms(IndexedValue.Items(value, commaSeparated: false, keys: false));

    /// <summary>The text as it is.</summary>
    public override void SearchText(string value, SearchTextWriter text) => text.Add(value);

    public override ValueTask WriteJsonAsync(DeliveryJsonWriter writer, PropertyType property, string value, OutputLevel level)
    {
        writer.Json.WriteStringValue(value);
        return ValueTask.CompletedTask;
    }
}
