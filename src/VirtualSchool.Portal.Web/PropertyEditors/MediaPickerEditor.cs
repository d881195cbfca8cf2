namespace VirtualSchool.Portal.Web.PropertyEditors;

/// <summary><c>Umbraco.MediaPicker</c> (Umbraco 8's picker): comma-separated media UDIs. Edited as raw text.</summary>
public sealed class MediaPickerEditor : MediaPickerBase
{
    public override string Alias => "Umbraco.MediaPicker";
}
