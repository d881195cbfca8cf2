namespace VirtualSchool.Portal.Web.PropertyEditors;

/// <summary>
/// The editor of any alias the portal does not know: its value is kept exactly as stored, edited as raw text, shown
/// as text on pages and written as its JSON or text by the Delivery API (all <see cref="PropertyEditor"/>'s defaults).
/// It is not registered under an alias: <see cref="PropertyEditorCollection"/> falls back to it.
/// </summary>
public sealed class RawEditor : PropertyEditor
{
    public override string Alias => "";
}
