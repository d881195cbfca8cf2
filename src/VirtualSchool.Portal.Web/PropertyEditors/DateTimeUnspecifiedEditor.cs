namespace VirtualSchool.Portal.Web.PropertyEditors;

/// <summary>
/// <c>Umbraco.DateTimeUnspecified</c> (Umbraco 17): a date and time with no zone. A date like the others on pages
/// (it used to be shown as its raw JSON there) and in the index and the Delivery API; edited as raw text.
/// </summary>
public sealed class DateTimeUnspecifiedEditor : DateEditor
{
    public override string Alias => "Umbraco.DateTimeUnspecified";
}
