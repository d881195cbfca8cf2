using System.Globalization;
using Microsoft.AspNetCore.Html;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.PropertyEditors;
using VirtualSchool.Portal.Web.Content;
using VirtualSchool.Portal.Web.DeliveryApi;

namespace VirtualSchool.Portal.Web.PropertyEditors;

/// <summary>
/// <c>Umbraco.DateTimeWithTimeZone</c> (Umbraco 17), stored as <c>{"date": "2025-01-01T14:30:00+01:00", "timeZone": "Europe/Copenhagen"}</c>.
/// As Umbraco's converter returns a <see cref="DateTimeOffset"/>, the Delivery API writes the date with its offset
/// (it used to write the stored JSON object); a page shows the day in the value's own zone, which is the day the editor
/// chose; the index compares the instant in UTC, as for every date.
/// </summary>
public sealed class DateTimeWithTimeZoneEditor : DateEditor
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public override string Alias => "Umbraco.DateTimeWithTimeZone";

    public override ValueTask<IHtmlContent> RenderAsync(PropertyRenderer page, PropertyType property, string value, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IHtmlContent>(PropertyRenderer.Wrap(PropertyRenderer.Text(
            Parse(value) is { } date ? date.ToString("d MMMM yyyy", British) : value)));

    public override ValueTask WriteJsonAsync(DeliveryJsonWriter writer, PropertyType property, string value, OutputLevel level)
    {
        if (Parse(value) is { } date)
        {
            writer.Json.WriteStringValue(date);
        }
        else
        {
            writer.Json.WriteNullValue();
        }

        return ValueTask.CompletedTask;
    }

    private static DateTimeOffset? Parse(string value) =>
        DateTimeOffset.TryParse(StoredValues.DateText(value), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;
}
