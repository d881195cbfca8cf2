using System.Globalization;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Querying;
using VirtualSchool.Portal.Web.BackOffice.Content;
using VirtualSchool.Portal.Web.DeliveryApi;

namespace VirtualSchool.Portal.Web.PropertyEditors;

/// <summary>The number editors: indexed and sorted as numbers, shown as stored; a decimal the API cannot read stays its text.</summary>
public abstract class NumberEditor : PropertyEditor
{
    public override IndexedKind IndexKind => IndexedKind.Number;

    public override IndexedValue? Index(string value) => IndexedValue.FromNumber(value);

    public override ValueTask WriteJsonAsync(DeliveryJsonWriter writer, PropertyType property, string value, OutputLevel level)
    {
        if (decimal.TryParse(value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            writer.Json.WriteNumberValue(number);
        }
        else
        {
            writer.Json.WriteStringValue(value);
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>The number input shared by whole numbers and decimals: empty, or a number in the invariant culture.</summary>
    protected static EditorRead ReadNumber(EditorField field, EditorPost post)
    {
        var number = post.Form[field.Id].ToString().Trim();
        var ok = number.Length == 0 || (field.Decimal
            ? decimal.TryParse(number, NumberStyles.Number, CultureInfo.InvariantCulture, out _)
            : int.TryParse(number, NumberStyles.Integer, CultureInfo.InvariantCulture, out _));
        return ok
            ? EditorRead.Accepted(field, number)
            : new EditorRead(number, field with { Value = number, Error = $"{field.Property.Name} must be a {(field.Decimal ? "number" : "whole number")}", Typed = null });
    }
}
