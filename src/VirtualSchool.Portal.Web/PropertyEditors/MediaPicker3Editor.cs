using System.Text.Json;
using System.Text.Json.Nodes;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Media;
using VirtualSchool.Portal.Infrastructure.Media;
using VirtualSchool.Portal.Web.BackOffice.Content;

namespace VirtualSchool.Portal.Web.PropertyEditors;

/// <summary>
/// <c>Umbraco.MediaPicker3</c>: <c>[{ "key": …, "mediaKey": … }]</c> JSON. On the form, one file from the media library
/// (not a folder, not binned): the picked one, and matches once the editor searches.
/// </summary>
public sealed class MediaPicker3Editor(MediaRepository mediaItems) : MediaPickerBase, IPickerEditor
{
    public override string Alias => "Umbraco.MediaPicker3";

    protected override bool CommaSeparated => false;

    public override string FormView => "Picker";

    public override EditorLayout Layout => EditorLayout.Fieldset;

    public override string ErrorTarget(string id) => id + "-search";

    public string Noun => "file";

    public string NotFound => "not a file in the media library";

    public string SearchedIn => "files in the media library";

    public string? Current(string? value) => MediaKey(value) ?? value;

    public override async ValueTask<EditorField> FieldAsync(EditorContext context, PropertyType property, DataType? dataType, string? value, CancellationToken cancellationToken) =>
        new(property, this, value, [], Picked: await PickedAsync(value, cancellationToken));

    public override async ValueTask<EditorRead> ReadAsync(EditorField field, EditorPost post, CancellationToken cancellationToken)
    {
        var read = await PickerForm.ReadAsync(field, post, Resolve(field), "Select a file from the media library", cancellationToken);
        return read with
        {
            Field = read.Field with
            {
                Picked = await PickedAsync(read.Field.Value, cancellationToken),
                Options = await FindAsync(read.Field.TypedOr("search", null), cancellationToken),
            },
        };
    }

    public override bool IsSearching(EditorField field) => PickerForm.IsSearching(field);

    /// <summary>Media files (not folders, not binned) whose name contains the text (any case), by name; at most <see cref="PickerForm.MaxMatches"/>.</summary>
    public async Task<IReadOnlyList<EditorOption>> FindAsync(string? text, CancellationToken cancellationToken)
    {
        var search = text?.Trim() ?? "";
        return search.Length == 0
            ? []
            : (await mediaItems.SearchFilesAsync(search, PickerForm.MaxMatches, cancellationToken)).Select(Option).ToList();
    }

    /// <summary>The media key a value points at (its first item), as a string.</summary>
    public static string? MediaKey(string? value)
    {
        try
        {
            return JsonNode.Parse(value ?? "") is JsonArray { Count: > 0 } array ? array[0]?["mediaKey"]?.ToString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A file as (key, "name (URL, size, format)").</summary>
    private static EditorOption Option(MediaItem file)
    {
        var details = string.Join(", ", new[]
        {
            file.Url,
            file.Bytes is { } bytes ? FileSizes.Format(bytes) : null,
            string.IsNullOrEmpty(file.Extension) ? null : file.Extension.TrimStart('.').ToUpperInvariant(),
        }.Where(d => !string.IsNullOrEmpty(d)));
        return new(file.Key.ToString(), details.Length == 0 ? file.Name : $"{file.Name} ({details})");
    }

    /// <summary>A media file (not a folder, not binned) by key; null when there is none.</summary>
    private async Task<MediaItem?> FileAsync(string? key, CancellationToken cancellationToken) =>
        Guid.TryParse(key, out var mediaKey) && await mediaItems.GetAsync(mediaKey, cancellationToken) is { IsFolder: false } file ? file : null;

    private async Task<EditorOption?> PickedAsync(string? value, CancellationToken cancellationToken) =>
        await FileAsync(MediaKey(value), cancellationToken) is { } file ? Option(file) : null;

    /// <summary>
    /// A posted media key as the value to store, when it is a file in the media library: the stored value as it was
    /// when the same file is kept, else a new item for it.
    /// </summary>
    private Func<string, CancellationToken, Task<string?>> Resolve(EditorField field) => async (text, cancellationToken) =>
        await FileAsync(text, cancellationToken) is not { } file ? null
            : Guid.TryParse(MediaKey(field.Value), out var current) && current == file.Key ? field.Value
            : JsonSerializer.Serialize(new[] { new { key = Guid.NewGuid(), mediaKey = file.Key } });
}
