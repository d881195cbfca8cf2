using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Media;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Infrastructure;
using VirtualSchool.Portal.Infrastructure.Media;
using VirtualSchool.Portal.Infrastructure.Persistence;
using VirtualSchool.Portal.Web.PropertyEditors;

namespace VirtualSchool.Portal.Web.BackOffice.Content;

/// <summary>
/// The content edit form: a composed document type as one control per property, each drawn and read back by its data
/// type's editor (<see cref="PropertyEditor"/>), and the raw strings stored on a version, as Umbraco stores them.
/// </summary>
public sealed class ContentEditorForm(
    IDbContextFactory<PortalDbContext> contexts,
    IPublishedContentCache published,
    PropertyEditorCollection editors,
    MediaService media,
    IOptions<PortalOptions> options)
{
    /// <summary>What a writer is told when a file is posted to an upload field: the media library is not theirs to add to.</summary>
    private EditorContext Context { get; } = new(published);

    public const string UploadNotAllowedMessage = "You cannot add files to the media library. Ask an editor to upload the file, or save without it";

    /// <summary>The form's controls for these values.</summary>
    public async Task<List<EditorField>> FieldsAsync(ContentType composed, IReadOnlyDictionary<string, string?> values, CancellationToken cancellationToken)
    {
        var dataTypes = await DataTypesAsync(composed, cancellationToken);
        var fields = new List<EditorField>();
        foreach (var property in composed.Properties)
        {
            values.TryGetValue(property.Alias, out var value);
            var dataType = dataTypes.GetValueOrDefault(property.DataTypeKey);
            var editor = editors.For(dataType?.EditorAlias ?? property.EditorAlias);
            fields.Add(await editor.FieldAsync(Context, property, dataType, value, cancellationToken));
        }

        return fields;
    }

    /// <summary>
    /// Reads the posted form into stored values. Fields whose input could not be read keep what was typed and an error.
    /// A file posted to an upload field is only checked here (allowed type, size, leading bytes; and whether the user
    /// may add to the media library at all): it is stored by <see cref="StoreUploadsAsync"/> once the save is known to
    /// be valid and to be a save, so a refused save, a preview or a search never leaves an unused media item. Until
    /// then its value is a stand-in, so that a mandatory upload field with a file chosen passes validation.
    /// </summary>
    public async Task<EditorForm> ReadAsync(
        ContentType composed, IFormCollection form, IReadOnlyDictionary<string, string?> current, bool mayUpload, CancellationToken cancellationToken)
    {
        var blank = await FieldsAsync(composed, current, cancellationToken);
        var values = new Dictionary<string, string?>(current, StringComparer.OrdinalIgnoreCase);
        var post = new EditorPost(Context, form, mayUpload, CheckUploadAsync);
        var fields = new List<EditorField>();
        foreach (var field in blank)
        {
            var read = await field.Editor.ReadAsync(field, post, cancellationToken);
            values[field.Property.Alias] = read.Value;
            fields.Add(read.Field);
        }

        return new EditorForm(values, fields, post.Uploads, post.UploadTooLarge);
    }

    /// <summary>
    /// True when a control has asked for the form again rather than a save (a picker with search text but nothing
    /// picked or cleared), so that the editor can choose from the matches.
    /// </summary>
    public static bool IsSearching(IEnumerable<EditorField> fields) => fields.Any(f => f.Editor.IsSearching(f));

    /// <summary>
    /// The media library's own checks, before anything is stored: an allowed extension, the size limit
    /// (<c>Portal:Media:MaxUploadBytes</c>) and leading bytes that match the extension. <see cref="MediaService"/>
    /// checks again (and zip-based formats' insides) when the file is stored.
    /// </summary>
    private async Task<UploadCheck> CheckUploadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        var head = new byte[(int)Math.Min(UploadRules.HeadLength, Math.Max(0, file.Length))];
        await using (var stream = file.OpenReadStream())
        {
            var read = 0;
            while (read < head.Length && await stream.ReadAsync(head.AsMemory(read), cancellationToken) is var n and > 0)
            {
                read += n;
            }

            head = head[..read];
        }

        return UploadRules.Check(file.FileName, file.Length, head, options.Value.Media.MaxUploadBytes);
    }

    /// <summary>
    /// Stores the checked files in the media library (at its top level, as the upload field always has) and puts
    /// their URLs in <paramref name="values"/>. Called only when the save will go ahead.
    /// </summary>
    public async Task<IReadOnlyList<(PendingUpload Upload, MediaOperationResult Result)>> StoreUploadsAsync(
        IReadOnlyList<PendingUpload> uploads, IDictionary<string, string?> values, CancellationToken cancellationToken)
    {
        var results = new List<(PendingUpload, MediaOperationResult)>();
        foreach (var upload in uploads)
        {
            await using var stream = upload.File.OpenReadStream();
            var result = await media.UploadAsync(upload.File.FileName, stream, cancellationToken: cancellationToken);
            if (result.Succeeded)
            {
                values[upload.Alias] = result.Item!.Url;
            }

            results.Add((upload, result));
        }

        return results;
    }

    private async Task<Dictionary<Guid, DataType>> DataTypesAsync(ContentType composed, CancellationToken cancellationToken)
    {
        var keys = composed.Properties.Select(p => p.DataTypeKey).Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.DataTypes.AsNoTracking().Where(d => keys.Contains(d.Key)).ToDictionaryAsync(d => d.Key, cancellationToken);
    }
}
