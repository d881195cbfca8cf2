using Microsoft.AspNetCore.Html;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Querying;
using VirtualSchool.Portal.Web.BackOffice.Content;
using VirtualSchool.Portal.Web.Content;
using VirtualSchool.Portal.Web.DeliveryApi;

namespace VirtualSchool.Portal.Web.PropertyEditors;

/// <summary>
/// The date editors: indexed as a UTC date for range filters and sorts, shown on pages as a UK date
/// ("1 February 2018"), written by the Delivery API as a date and time without a zone (null when unreadable).
/// </summary>
public abstract class DateEditor : PropertyEditor
{
    public override IndexedKind IndexKind => IndexedKind.Date;

    public override IndexedValue? Index(string value) => IndexedValue.FromDate(value);

    public override string MandatoryVerb => "Choose";

    public override ValueTask<string> DescribeAsync(EditorLookups lookups, PropertyType property, string value, CancellationToken cancellationToken) =>
        ValueTask.FromResult(PropertyRenderer.Date(value) ?? value);

    public override ValueTask<IHtmlContent> RenderAsync(PropertyRenderer page, PropertyType property, string value, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IHtmlContent>(PropertyRenderer.Wrap(PropertyRenderer.Text(PropertyRenderer.Date(value) ?? value)));

    public override ValueTask WriteJsonAsync(DeliveryJsonWriter writer, PropertyType property, string value, OutputLevel level)
    {
        if (IndexedValue.ParseDate(value) is { } date)
        {
            writer.Json.WriteStringValue(DateTime.SpecifyKind(date, DateTimeKind.Unspecified));
        }
        else
        {
            writer.Json.WriteNullValue();
        }

        return ValueTask.CompletedTask;
    }
}
