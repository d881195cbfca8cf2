namespace VirtualSchool.Portal.Web.BackOffice.Content;

/// <summary>What an editor's control partial view draws from: the field, its error, the ids that describe it, its label.</summary>
public sealed record EditorControl(EditorField Field, string? Error, string? DescribedBy, string Label, string? PreviewAlias)
{
    public string Id => Field.Id;
}
