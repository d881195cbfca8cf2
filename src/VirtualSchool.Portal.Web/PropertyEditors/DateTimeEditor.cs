using System.Globalization;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Web.BackOffice.Content;

namespace VirtualSchool.Portal.Web.PropertyEditors;

/// <summary>
/// <c>Umbraco.DateTime</c>: the GOV.UK date input (day, month, year, and a time when the data type's format has
/// hours), stored as <c>yyyy-MM-ddTHH:mm:ss</c>.
/// </summary>
public sealed class DateTimeEditor : DateEditor
{
    public const string StorageFormat = "yyyy-MM-ddTHH:mm:ss";

    private static readonly string[] Parts = ["day", "month", "year", "time"];

    public override string Alias => "Umbraco.DateTime";

    public override string FormView => "Date";

    public override EditorLayout Layout => EditorLayout.Fieldset;

    public override string ErrorTarget(string id) => id + "-day";

    public override ValueTask<EditorField> FieldAsync(EditorContext context, PropertyType property, DataType? dataType, string? value, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new EditorField(property, this, value, [],
            WithTime: (DataTypeConfiguration.Parse(dataType)?["format"]?.ToString() ?? "").Contains("HH", StringComparison.Ordinal)));

    public override ValueTask<EditorRead> ReadAsync(EditorField field, EditorPost post, CancellationToken cancellationToken)
    {
        var typed = Parts.ToDictionary(part => part, part => post.Form[$"{field.Id}-{part}"].ToString().Trim(), StringComparer.Ordinal);
        if (typed.Values.All(v => v.Length == 0))
        {
            return ValueTask.FromResult(EditorRead.Accepted(field, "", typed));
        }

        var valid = int.TryParse(typed["day"], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            & int.TryParse(typed["month"], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            & int.TryParse(typed["year"], NumberStyles.None, CultureInfo.InvariantCulture, out var year);
        if (!valid || year is < 1000 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return ValueTask.FromResult(EditorRead.Refused(field, $"{field.Property.Name} must be a real date", typed));
        }

        var time = TimeSpan.Zero;
        if (typed["time"].Length > 0 && !TimeSpan.TryParseExact(typed["time"], ["h\\:mm", "hh\\:mm", "hh\\:mm\\:ss"], CultureInfo.InvariantCulture, out time))
        {
            return ValueTask.FromResult(EditorRead.Refused(field, $"{field.Property.Name} must have a time like 09:30", typed));
        }

        return ValueTask.FromResult(EditorRead.Accepted(field, new DateTime(year, month, day).Add(time).ToString(StorageFormat, CultureInfo.InvariantCulture), typed));
    }

    /// <summary>A stored date as (day, month, year, time) for the GOV.UK date input.</summary>
    public static (string Day, string Month, string Year, string Time) DateParts(string? value) =>
        DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? (date.Day.ToString(CultureInfo.InvariantCulture), date.Month.ToString(CultureInfo.InvariantCulture), date.Year.ToString(CultureInfo.InvariantCulture),
                date.TimeOfDay == TimeSpan.Zero ? "" : date.ToString("HH:mm", CultureInfo.InvariantCulture))
            : ("", "", "", "");
}
