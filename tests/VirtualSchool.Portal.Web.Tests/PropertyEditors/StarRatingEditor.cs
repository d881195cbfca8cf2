using System.Globalization;
using Microsoft.AspNetCore.Html;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Querying;
using VirtualSchool.Portal.Web.BackOffice.Content;
using VirtualSchool.Portal.Web.Content;
using VirtualSchool.Portal.Web.DeliveryApi;
using VirtualSchool.Portal.Web.PropertyEditors;

namespace VirtualSchool.Portal.Web.Tests.PropertyEditors;

/// <summary>
/// An editor the portal does not ship (a site's own): a rating of 1 to 5 stars. It is the whole of what adding an
/// editor takes: this class, and one <c>AddPropertyEditor</c> line (in <see cref="StarRatingFactory"/>).
/// </summary>
public sealed class StarRatingEditor : PropertyEditor
{
    public const string EditorAlias = "Acme.StarRating";

    public override string Alias => EditorAlias;

    public override IndexedKind IndexKind => IndexedKind.Number;

    public override IndexedValue? Index(string value) => IndexedValue.FromNumber(value);

    public override string FormView => "TextBox";

    public override ValueTask<EditorRead> ReadAsync(EditorField field, EditorPost post, CancellationToken cancellationToken)
    {
        var text = post.Form[field.Id].ToString().Trim();
        return ValueTask.FromResult(int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var stars) && stars is >= 1 and <= 5
            ? EditorRead.Accepted(field, text)
            : EditorRead.Refused(field, $"{field.Property.Name} must be a whole number from 1 to 5", shown: text));
    }

    public override ValueTask<IHtmlContent> RenderAsync(PropertyRenderer page, PropertyType property, string value, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IHtmlContent>(PropertyRenderer.Wrap(PropertyRenderer.Text(
            int.TryParse(value, CultureInfo.InvariantCulture, out var stars) ? $"{stars} out of 5 stars" : value)));

    public override ValueTask WriteJsonAsync(DeliveryJsonWriter writer, PropertyType property, string value, OutputLevel level)
    {
        writer.Json.WriteStartObject();
        writer.Json.WriteNumber("stars", int.TryParse(value, CultureInfo.InvariantCulture, out var stars) ? stars : 0);
        writer.Json.WriteNumber("outOf", 5);
        writer.Json.WriteEndObject();
        return ValueTask.CompletedTask;
    }
}
