using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Web.BackOffice.Content;

namespace VirtualSchool.Portal.Web.PropertyEditors;

/// <summary><c>Umbraco.Decimal</c>: a number with a decimal point.</summary>
public sealed class DecimalEditor : NumberEditor
{
    public override string Alias => "Umbraco.Decimal";

    public override string FormView => "Number";

    public override ValueTask<EditorField> FieldAsync(EditorContext context, PropertyType property, DataType? dataType, string? value, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new EditorField(property, this, value, [], Decimal: true));

    public override ValueTask<EditorRead> ReadAsync(EditorField field, EditorPost post, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ReadNumber(field, post));
}
