namespace VirtualSchool.Portal.Web.PropertyEditors;

/// <summary><c>Umbraco.MultipleTextstring</c>: several lines of text; a line may hold a comma, so text that is not JSON is one item. Edited as raw text.</summary>
public sealed class MultipleTextstringEditor : ListEditor
{
    public override string Alias => "Umbraco.MultipleTextstring";

    protected override bool CommaSeparated => false;
}
