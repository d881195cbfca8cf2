namespace VirtualSchool.Portal.Web.PropertyEditors;

/// <summary><c>Umbraco.Label</c>: a read-only value set by code or import, shown as text and edited as raw text.</summary>
public sealed class LabelEditor : TextValueEditor
{
    public override string Alias => "Umbraco.Label";
}
