using System.Text.Json;
using Microsoft.AspNetCore.Html;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Querying;
using VirtualSchool.Portal.Web.BackOffice.Content;
using VirtualSchool.Portal.Web.Content;
using VirtualSchool.Portal.Web.DeliveryApi;

namespace VirtualSchool.Portal.Web.PropertyEditors;

/// <summary><c>Umbraco.TrueFalse</c>: stored as <c>1</c> or <c>0</c>; a checkbox on the form, Yes or No on pages, a boolean in JSON (false when empty).</summary>
public sealed class TrueFalseEditor : PropertyEditor
{
    public override string Alias => "Umbraco.TrueFalse";

    public override IndexedKind IndexKind => IndexedKind.Boolean;

    public override IndexedValue? Index(string value) => IndexedValue.FromBoolean(value);

    public override string FormView => "TrueFalse";

    public override string MandatoryVerb => "Select";

    public override ValueTask<string> DescribeAsync(EditorLookups lookups, PropertyType property, string value, CancellationToken cancellationToken) =>
        ValueTask.FromResult(value.Trim() is "1" or "true" or "True" or "TRUE" ? "Yes" : "No");

    public override EditorLayout Layout => EditorLayout.OwnLabel;

    public override ValueTask<EditorRead> ReadAsync(EditorField field, EditorPost post, CancellationToken cancellationToken) =>
        ValueTask.FromResult(EditorRead.Accepted(field, post.Form[field.Id].Any(v => v is "1" or "true" or "on") ? "1" : "0"));

    public override ValueTask<IHtmlContent> RenderAsync(PropertyRenderer page, PropertyType property, string value, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IHtmlContent>(PropertyRenderer.Wrap(PropertyRenderer.Text(value is "1" or "true" or "True" ? "Yes" : "No")));

    public override ValueTask WriteJsonAsync(DeliveryJsonWriter writer, PropertyType property, string value, OutputLevel level)
    {
        writer.Json.WriteBooleanValue(value.Trim() is "1" or "true" or "True" or "TRUE");
        return ValueTask.CompletedTask;
    }

    public override void WriteEmptyJson(Utf8JsonWriter json) => json.WriteBooleanValue(false);
}
