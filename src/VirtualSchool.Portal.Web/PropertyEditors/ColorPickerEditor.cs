using VirtualSchool.Portal.Core.Querying;

namespace VirtualSchool.Portal.Web.PropertyEditors;

/// <summary>
/// <c>Umbraco.ColorPicker</c>: filterable by its stored value; written by the Delivery API as stored (Umbraco stores
/// <c>{ value, label }</c> JSON when labels are on), shown as text.
/// </summary>
public sealed class ColorPickerEditor : PropertyEditor
{
    public override string Alias => "Umbraco.ColorPicker";

    public override IndexedKind IndexKind => IndexedKind.Text;

    public override IndexedValue? Index(string value) => IndexedValue.FromTerms(IndexedValue.Items(value, commaSeparated: false, keys: false));
}
