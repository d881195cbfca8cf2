using Microsoft.AspNetCore.Html;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Media;
using VirtualSchool.Portal.Web.BackOffice.Content;
using VirtualSchool.Portal.Web.Content;
using VirtualSchool.Portal.Web.DeliveryApi;

namespace VirtualSchool.Portal.Web.PropertyEditors;

/// <summary>
/// <c>Umbraco.UploadField</c>: a file's URL in the media library. The form uploads a new file under the media library's
/// rules (writers may not add to it). A page links to the file with its size and format, as a media picker does (it
/// used to show the URL as text); a file only some members may see is left off, as pages are cached for everyone.
/// </summary>
public sealed class UploadFieldEditor : PropertyEditor
{
    public override string Alias => "Umbraco.UploadField";

    public override string FormView => "Upload";

    public override string MandatoryVerb => "Choose";

    public override string ErrorTarget(string id) => id + "-file";

    public override async ValueTask<EditorRead> ReadAsync(EditorField field, EditorPost post, CancellationToken cancellationToken)
    {
        var kept = post.Form[field.Id].ToString();
        if (post.Form.Files.GetFile(field.Id + "-file") is not { } file || (file.Length == 0 && file.FileName.Length == 0))
        {
            // No file: the current value, kept or cleared.
            return EditorRead.Accepted(field, kept);
        }

        var refusal = await post.AcceptUploadAsync(field.Property.Alias, field.ErrorTarget, file, cancellationToken);
        // Until the file is stored (only if the save goes ahead), a stand-in lets a mandatory field with a file chosen pass.
        var value = refusal is null ? "/media/" + UploadRules.SafeFileName(file.FileName) : kept;
        return new EditorRead(value, field with { Value = kept, Error = refusal });
    }

    public override async ValueTask<IHtmlContent> RenderAsync(PropertyRenderer page, PropertyType property, string value, CancellationToken cancellationToken)
    {
        var (file, hidden) = await page.UploadedFileAsync(value, cancellationToken);
        return hidden ? HtmlString.Empty
            : file is not null ? PropertyRenderer.Wrap(PropertyRenderer.FileLink(file))
            : PropertyRenderer.Wrap(PropertyRenderer.Text(value));
    }

    public override ValueTask WriteJsonAsync(DeliveryJsonWriter writer, PropertyType property, string value, OutputLevel level)
    {
        writer.Json.WriteStringValue(value);
        return ValueTask.CompletedTask;
    }
}
