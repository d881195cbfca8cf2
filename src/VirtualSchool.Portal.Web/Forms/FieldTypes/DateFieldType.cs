using System.Globalization;
using VirtualSchool.Portal.Core.Forms;

namespace VirtualSchool.Portal.Web.Forms.FieldTypes;

/// <summary>Date: GOV.UK's date input (day, month, year), stored as <c>yyyy-MM-dd</c>.</summary>
public sealed class DateFieldType : FormFieldType
{
    public override Guid Id => FieldTypeIds.Date;

    public override string Alias => "date";

    public override string Name => "Date";

    public override string Description => "A date as day, month and year.";

    public override string Describe(FormField field, IReadOnlyList<string> values, IReadOnlyList<FormPreValue> choices) =>
        string.Join(", ", values.Select(v => DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))
            : v));
}
