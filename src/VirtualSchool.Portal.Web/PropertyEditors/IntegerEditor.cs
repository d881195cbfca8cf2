using System.Globalization;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Web.BackOffice.Content;
using VirtualSchool.Portal.Web.DeliveryApi;

namespace VirtualSchool.Portal.Web.PropertyEditors;

/// <summary><c>Umbraco.Integer</c>: a whole number; the Delivery API writes null for a value that is not one.</summary>
public sealed class IntegerEditor : NumberEditor
{
    public override string Alias => "Umbraco.Integer";

    public override string FormView => "Number";

    public override ValueTask<EditorRead> ReadAsync(EditorField field, EditorPost post, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ReadNumber(field, post));

    public override ValueTask WriteJsonAsync(DeliveryJsonWriter writer, PropertyType property, string value, OutputLevel level)
    {
        if (long.TryParse(value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer))
        {
            writer.Json.WriteNumberValue(integer);
        }
        else
        {
            writer.Json.WriteNullValue();
        }

        return ValueTask.CompletedTask;
    }
}
