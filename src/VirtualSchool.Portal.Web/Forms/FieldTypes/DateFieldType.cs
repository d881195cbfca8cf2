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

    /// <summary>The GOV.UK date input's three boxes: <c>{name}-day</c>, <c>-month</c>, <c>-year</c>.</summary>
    public override IReadOnlyList<string> Read(FormField field, IFormCollection form, string name)
    {
        var day = form[name + "-day"].ToString().Trim();
        var month = form[name + "-month"].ToString().Trim();
        var year = form[name + "-year"].ToString().Trim();
        if (day.Length + month.Length + year.Length == 0)
        {
            return [];
        }

        // A real date is stored as yyyy-MM-dd; anything else is kept as typed ("year-month-day") to show again with its error.
        return [Parse(year, month, day) is { } date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : $"{year}-{month}-{day}"];
    }

    /// <summary>The three parts of a stored or typed answer: (day, month, year).</summary>
    public static (string Day, string Month, string Year) Parts(string? value)
    {
        var parts = (value ?? "").Split('-');
        return parts.Length == 3 ? (parts[2], parts[1], parts[0]) : ("", "", "");
    }

    protected override string? Check(FormField field, IReadOnlyList<string> values)
    {
        var (day, month, year) = Parts(values[0]);
        var label = Label(field);
        var missing = new[] { ("day", day), ("month", month), ("year", year) }.Where(p => p.Item2.Length == 0).Select(p => p.Item1).ToList();
        if (missing.Count > 0)
        {
            return $"{label} must include a {string.Join(" and ", missing)}";
        }

        if (year.Length != 4)
        {
            return "Year must include 4 numbers";
        }

        if (Parse(year, month, day) is not { } date)
        {
            return $"{label} must be a real date";
        }

        // A sensible date: nobody fills a form in about the year 1200 or 2500.
        return date.Year is < 1900 or > 2100 ? $"{label} must be between 1900 and 2100" : null;
    }

    private static DateOnly? Parse(string year, string month, string day) =>
        int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && year.Length == 4
        && int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12
        && int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d >= 1 && y >= 1 && d <= DateTime.DaysInMonth(y, m)
            ? new DateOnly(y, m, d)
            : null;
}
