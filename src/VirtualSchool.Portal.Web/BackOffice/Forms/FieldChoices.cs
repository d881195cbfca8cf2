using VirtualSchool.Portal.Core.Forms;

namespace VirtualSchool.Portal.Web.BackOffice.Forms;

/// <summary>
/// A choice question's values: typed in (value and caption rows, with empty rows to add more), or from a prevalue
/// source: a data type whose editor has items, or the published pages of a document type under an optional root page.
/// </summary>
public sealed record FieldChoices(
    IReadOnlyList<FormPreValue> Rows,
    PreValueSource? Source,
    IReadOnlyList<(Guid Key, string Name)> DataTypes,
    IReadOnlyList<(string Alias, string Name)> DocumentTypes,
    PagePicker Root)
{
    public const int MaxRows = 200;

    public PreValueSourceKind Kind => Source?.Kind ?? PreValueSourceKind.None;
}
