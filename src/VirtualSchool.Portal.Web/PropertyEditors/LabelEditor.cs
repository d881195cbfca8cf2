using VirtualSchool.Portal.Core.PropertyEditors;

namespace VirtualSchool.Portal.Web.PropertyEditors;

/// <summary><c>Umbraco.Label</c>: a read-only value set by code or import, shown as text and edited as raw text.</summary>
public sealed class LabelEditor : TextValueEditor
{
    public override string Alias => "Umbraco.Label";

    /// <summary>Nothing: labels hold values set by code (a file's size, an import's id), not words a reader reads.</summary>
    public override void SearchText(string value, SearchTextWriter text)
    {
    }
}
