namespace VirtualSchool.Portal.Web.PropertyEditors;

/// <summary>
/// <c>Umbraco.MultipleMediaPicker</c> (Umbraco 7's picker): comma-separated media UDIs. Indexed by the files' keys like
/// the other media pickers (filtering on it used to be refused with 400, as if it were not a picker). Edited as raw text.
/// </summary>
public sealed class MultipleMediaPickerEditor : MediaPickerBase
{
    public override string Alias => "Umbraco.MultipleMediaPicker";
}
