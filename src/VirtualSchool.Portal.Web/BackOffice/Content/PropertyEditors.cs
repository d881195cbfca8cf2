using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Media;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Infrastructure;
using VirtualSchool.Portal.Infrastructure.Media;
using VirtualSchool.Portal.Infrastructure.Persistence;
using VirtualSchool.Portal.Infrastructure.Rendering;

namespace VirtualSchool.Portal.Web.BackOffice.Content;

/// <summary>The form control the back office shows for a property editor.</summary>
public enum EditorKind
{
    TextBox,
    TextArea,
    Markdown,
    RichText,
    TrueFalse,
    Number,
    DateTime,
    DropDown,
    CheckBoxList,
    Tags,
    ContentPicker,
    MediaPicker,
    MultiUrl,
    Upload,
    Raw,
}

public sealed record EditorOption(string Value, string Text);

/// <summary>One property on the edit form: how to edit it, its value, and what was typed when it was refused.</summary>
public sealed record EditorField(
    PropertyType Property,
    EditorKind Kind,
    string? Value,
    IReadOnlyList<EditorOption> Options,
    int? MaxChars = null,
    bool WithTime = false,
    bool Decimal = false,
    string? Error = null,
    IReadOnlyDictionary<string, string>? Typed = null,
    EditorOption? Picked = null)
{
    public string Id => "p-" + Property.Alias;

    /// <summary>The control the error summary links to (the first of a group of controls).</summary>
    public string ErrorTarget => Kind switch
    {
        EditorKind.DateTime => Id + "-day",
        EditorKind.CheckBoxList => Id + "-0",
        EditorKind.MultiUrl => Id + "-name-0",
        EditorKind.Upload => Id + "-file",
        EditorKind.ContentPicker or EditorKind.MediaPicker => Id + "-search",
        _ => Id,
    };

    public string? TypedOr(string suffix, string? fallback) =>
        Typed is not null && Typed.TryGetValue(suffix, out var typed) ? typed : fallback;
}

/// <summary>A file posted to an upload field that passed the checks, waiting for the save to be known to go ahead.</summary>
public sealed record PendingUpload(string Alias, string ErrorTarget, IFormFile File);

/// <summary>
/// A posted edit form read back: the values to store, the fields to show again, files to store if the save goes
/// ahead, and whether a file was refused for its size (answered 413, as the media library does).
/// </summary>
public sealed record EditorForm(Dictionary<string, string?> Values, List<EditorField> Fields, IReadOnlyList<PendingUpload> Uploads, bool UploadTooLarge);

/// <summary>
/// Turns a composed document type into form controls (one per data type's editor) and a posted form back into
/// the raw strings stored on a version, as Umbraco stores them. Editors it does not know get a textarea of the raw value.
/// </summary>
public sealed class PropertyEditors(
    IDbContextFactory<PortalDbContext> contexts,
    IPublishedContentCache published,
    MediaRepository mediaItems,
    MediaService media,
    IOptions<PortalOptions> options)
{
    /// <summary>What a writer is told when a file is posted to an upload field: the media library is not theirs to add to.</summary>
    public const string UploadNotAllowedMessage = "You cannot add files to the media library. Ask an editor to upload the file, or save without it";

    public const string DateStorageFormat = "yyyy-MM-ddTHH:mm:ss";

    public static EditorKind KindOf(string editorAlias) => editorAlias switch
    {
        "Umbraco.TextBox" or "Umbraco.Plain.String" => EditorKind.TextBox,
        "Umbraco.TextArea" => EditorKind.TextArea,
        "Umbraco.MarkdownEditor" => EditorKind.Markdown,
        "Umbraco.RichText" or "Umbraco.TinyMCE" => EditorKind.RichText,
        "Umbraco.TrueFalse" => EditorKind.TrueFalse,
        "Umbraco.Integer" or "Umbraco.Decimal" => EditorKind.Number,
        "Umbraco.DateTime" => EditorKind.DateTime,
        "Umbraco.DropDown.Flexible" => EditorKind.DropDown,
        "Umbraco.CheckBoxList" => EditorKind.CheckBoxList,
        "Umbraco.Tags" => EditorKind.Tags,
        "Umbraco.ContentPicker" => EditorKind.ContentPicker,
        "Umbraco.MediaPicker3" => EditorKind.MediaPicker,
        "Umbraco.MultiUrlPicker" => EditorKind.MultiUrl,
        "Umbraco.UploadField" => EditorKind.Upload,
        _ => EditorKind.Raw,
    };

    /// <summary>The form's controls for these values.</summary>
    public async Task<List<EditorField>> FieldsAsync(ContentType composed, IReadOnlyDictionary<string, string?> values, CancellationToken cancellationToken)
    {
        var dataTypes = await DataTypesAsync(composed, cancellationToken);
        var fields = new List<EditorField>();
        foreach (var property in composed.Properties)
        {
            values.TryGetValue(property.Alias, out var value);
            fields.Add(await FieldAsync(property, dataTypes.GetValueOrDefault(property.DataTypeKey), value, cancellationToken));
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
        var fields = new List<EditorField>();
        var uploads = new List<PendingUpload>();
        var tooLarge = false;
        foreach (var field in blank)
        {
            if (field.Kind == EditorKind.Upload && form.Files.GetFile(field.Id + "-file") is { } file && (file.Length > 0 || file.FileName.Length > 0))
            {
                var kept = form[field.Id].ToString();
                var refusal = UploadNotAllowedMessage;
                if (mayUpload)
                {
                    var check = await CheckUploadAsync(file, cancellationToken);
                    refusal = check.IsAccepted ? null : check.Message;
                    tooLarge |= check.Status == UploadStatus.TooLarge;
                }

                if (refusal is null)
                {
                    values[field.Property.Alias] = "/media/" + UploadRules.SafeFileName(file.FileName);
                    uploads.Add(new PendingUpload(field.Property.Alias, field.ErrorTarget, file));
                }
                else
                {
                    values[field.Property.Alias] = kept;
                }

                fields.Add(field with { Value = kept, Error = refusal });
                continue;
            }

            var (value, error, typed) = await ReadFieldAsync(field, form, cancellationToken);
            values[field.Property.Alias] = value;
            var read = field with { Value = value, Error = error, Typed = typed };
            if (field.Kind == EditorKind.ContentPicker)
            {
                read = read with { Picked = PickedPage(value), Options = FindPages(read.TypedOr("search", null)) };
            }
            else if (field.Kind == EditorKind.MediaPicker)
            {
                read = read with { Picked = await PickedFileAsync(value, cancellationToken), Options = await FindFilesAsync(read.TypedOr("search", null), cancellationToken) };
            }

            fields.Add(read);
        }

        return new EditorForm(values, fields, uploads, tooLarge);
    }

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

    private async Task<EditorField> FieldAsync(PropertyType property, DataType? dataType, string? value, CancellationToken cancellationToken)
    {
        var kind = KindOf(dataType?.EditorAlias ?? property.EditorAlias);
        var config = ParseConfig(dataType?.Configuration);
        return kind switch
        {
            EditorKind.TextBox => new(property, kind, value, [], MaxChars: config?["maxChars"] is JsonValue max && max.TryGetValue<int>(out var chars) && chars > 0 ? chars : null),
            EditorKind.Number => new(property, kind, value, [], Decimal: dataType?.EditorAlias == "Umbraco.Decimal"),
            EditorKind.DateTime => new(property, kind, value, [], WithTime: (config?["format"]?.ToString() ?? "").Contains("HH", StringComparison.Ordinal)),
            EditorKind.DropDown or EditorKind.CheckBoxList => new(property, kind, value, Items(config)),
            // No list of every page (10,000 options at 10,000 pages): the picked page, and matches once the editor searches.
            EditorKind.ContentPicker => new(property, kind, value, [], Picked: PickedPage(value)),
            // Likewise for files: the picked one, and matches once the editor searches.
            EditorKind.MediaPicker => new(property, kind, value, [], Picked: await PickedFileAsync(value, cancellationToken)),
            _ => new(property, kind, value, []),
        };
    }

    private async Task<(string? Value, string? Error, IReadOnlyDictionary<string, string>? Typed)> ReadFieldAsync(
        EditorField field, IFormCollection form, CancellationToken cancellationToken)
    {
        var id = field.Id;
        var text = form[id].ToString();
        switch (field.Kind)
        {
            case EditorKind.TextBox:
                var line = text.Trim();
                return field.MaxChars is { } max && line.Length > max
                    ? (line, $"{field.Property.Name} must be {max} characters or fewer", null)
                    : (line, null, null);
            case EditorKind.RichText:
                return (HtmlSanitiser.Sanitise(text), null, null);
            case EditorKind.TrueFalse:
                return (form[id].Any(v => v is "1" or "true" or "on") ? "1" : "0", null, null);
            case EditorKind.Number:
                var number = text.Trim();
                var ok = number.Length == 0 || (field.Decimal
                    ? decimal.TryParse(number, NumberStyles.Number, CultureInfo.InvariantCulture, out _)
                    : int.TryParse(number, NumberStyles.Integer, CultureInfo.InvariantCulture, out _));
                return ok ? (number, null, null) : (number, $"{field.Property.Name} must be a {(field.Decimal ? "number" : "whole number")}", null);
            case EditorKind.DateTime:
                return ReadDate(field, form);
            case EditorKind.DropDown:
                return text.Length == 0 ? ("", null, null)
                    : field.Options.Any(o => o.Value == text) ? (JsonSerializer.Serialize(new[] { text }), null, null)
                    : (field.Value, $"Select {field.Property.Name.ToLowerInvariant()} from the list", null);
            case EditorKind.CheckBoxList:
                var chosen = form[id].Where(v => field.Options.Any(o => o.Value == v)).Select(v => v!).ToArray();
                return (chosen.Length == 0 ? "" : JsonSerializer.Serialize(chosen, Indented), null, null);
            case EditorKind.Tags:
                var tags = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
                return (tags.Length == 0 ? "" : JsonSerializer.Serialize(tags), null, null);
            case EditorKind.ContentPicker:
                return await ReadPickerAsync(field, form, (text, _) => Task.FromResult(DocumentKey(text) is { } key && published.GetByKey(key) is not null ? DocumentUdi(key) : null), "Select a published page", cancellationToken);
            case EditorKind.MediaPicker:
                return await ReadPickerAsync(field, form, ResolveFileAsync(field), "Select a file from the media library", cancellationToken);
            case EditorKind.MultiUrl:
                return ReadLinks(field, form);
            case EditorKind.Upload:
                // A posted file is read by ReadAsync; here only the current value (kept, or cleared).
                return (text, null, null);
            default:
                // Text area, Markdown and unknown editors: the raw value as typed.
                return (text, null, null);
        }
    }

    /// <summary>The most pages or files a content or media picker's search offers.</summary>
    public const int MaxPickerMatches = 20;

    /// <summary>
    /// True when a content picker has search text but nothing was picked or cleared: the form is shown again with the
    /// matches rather than saved, so that the editor can choose one.
    /// </summary>
    public static bool IsSearching(IEnumerable<EditorField> fields) =>
        fields.Any(f => f.Kind is EditorKind.ContentPicker or EditorKind.MediaPicker && f.TypedOr("search", "")!.Length > 0 && f.TypedOr("chosen", "") != "1");

    /// <summary>Published pages whose name contains the text (any case), by name; at most <see cref="MaxPickerMatches"/>.</summary>
    public IReadOnlyList<EditorOption> FindPages(string? text)
    {
        var search = text?.Trim() ?? "";
        return search.Length == 0
            ? []
            : published.GetAll()
                .Where(c => c.Name.Contains(search, StringComparison.OrdinalIgnoreCase))
                .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
                .ThenBy(c => c.Route, StringComparer.Ordinal)
                .Take(MaxPickerMatches)
                .Select(c => new EditorOption(DocumentUdi(c.Key), $"{c.Name} ({c.Route})"))
                .ToList();
    }

    public static string DocumentUdi(Guid key) => $"umb://document/{key:N}";

    /// <summary>The key in a stored <c>umb://document/{key}</c> value.</summary>
    public static Guid? DocumentKey(string? value) =>
        value is not null && value.StartsWith("umb://document/", StringComparison.OrdinalIgnoreCase)
            && Guid.TryParse(value["umb://document/".Length..], out var key) ? key : null;

    /// <summary>The published page a content picker value points at, as (value, "name (route)").</summary>
    private EditorOption? PickedPage(string? value) =>
        DocumentKey(value) is { } key && published.GetByKey(key) is { } page ? new(DocumentUdi(page.Key), $"{page.Name} ({page.Route})") : null;

    /// <summary>Media files (not folders, not binned) whose name contains the text (any case), by name; at most <see cref="MaxPickerMatches"/>.</summary>
    public async Task<IReadOnlyList<EditorOption>> FindFilesAsync(string? text, CancellationToken cancellationToken)
    {
        var search = text?.Trim() ?? "";
        return search.Length == 0
            ? []
            : (await mediaItems.SearchFilesAsync(search, MaxPickerMatches, cancellationToken)).Select(FileOption).ToList();
    }

    /// <summary>A file as (key, "name (URL, size, format)").</summary>
    private static EditorOption FileOption(Core.Media.MediaItem file)
    {
        var details = string.Join(", ", new[]
        {
            file.Url,
            file.Bytes is { } bytes ? Core.Media.FileSizes.Format(bytes) : null,
            string.IsNullOrEmpty(file.Extension) ? null : file.Extension.TrimStart('.').ToUpperInvariant(),
        }.Where(d => !string.IsNullOrEmpty(d)));
        return new(file.Key.ToString(), details.Length == 0 ? file.Name : $"{file.Name} ({details})");
    }

    /// <summary>A media file (not a folder, not binned) by key; null when there is none.</summary>
    private async Task<Core.Media.MediaItem?> FileAsync(string? key, CancellationToken cancellationToken) =>
        Guid.TryParse(key, out var mediaKey) && await mediaItems.GetAsync(mediaKey, cancellationToken) is { IsFolder: false } file ? file : null;

    /// <summary>The media file a media picker value (MediaPicker3 JSON) points at.</summary>
    private async Task<EditorOption?> PickedFileAsync(string? value, CancellationToken cancellationToken) =>
        await FileAsync(MediaKey(value), cancellationToken) is { } file ? FileOption(file) : null;

    /// <summary>
    /// A posted media key as the MediaPicker3 value to store, when it is a file in the media library: the stored value
    /// as it was when the same file is kept, else a new item for it.
    /// </summary>
    private Func<string, CancellationToken, Task<string?>> ResolveFileAsync(EditorField field) => async (text, cancellationToken) =>
        await FileAsync(text, cancellationToken) is not { } file ? null
            : Guid.TryParse(MediaKey(field.Value), out var current) && current == file.Key ? field.Value
            : JsonSerializer.Serialize(new[] { new { key = Guid.NewGuid(), mediaKey = file.Key } });

    /// <summary>
    /// A content or media picker: "clear" removes the choice, a chosen match (radio) or the current value (hidden input)
    /// must resolve to a stored value (a published page, a media file). The search text is kept, and whether something
    /// was chosen, so that a search shows the form again.
    /// </summary>
    private static async Task<(string?, string?, IReadOnlyDictionary<string, string>?)> ReadPickerAsync(
        EditorField field, IFormCollection form, Func<string, CancellationToken, Task<string?>> resolve, string error, CancellationToken cancellationToken)
    {
        var pick = form[field.Id + "-pick"].ToString().Trim();
        var clear = form[field.Id + "-clear"].Any(v => v is "1" or "true" or "on");
        var typed = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["search"] = form[field.Id + "-search"].ToString().Trim(),
            ["chosen"] = pick.Length > 0 || clear ? "1" : "",
        };
        if (clear)
        {
            return ("", null, typed);
        }

        var text = pick.Length > 0 ? pick : form[field.Id].ToString().Trim();
        if (text.Length == 0)
        {
            return ("", null, typed);
        }

        return await resolve(text, cancellationToken) is { } value
            ? (value, null, typed)
            : (field.Value, error, typed);
    }

    private static (string?, string?, IReadOnlyDictionary<string, string>?) ReadDate(EditorField field, IFormCollection form)
    {
        var typed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in new[] { "day", "month", "year", "time" })
        {
            typed[part] = form[$"{field.Id}-{part}"].ToString().Trim();
        }

        if (typed.Values.All(v => v.Length == 0))
        {
            return ("", null, typed);
        }

        var valid = int.TryParse(typed["day"], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            & int.TryParse(typed["month"], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            & int.TryParse(typed["year"], NumberStyles.None, CultureInfo.InvariantCulture, out var year);
        if (!valid || year is < 1000 or > 9999 || month is < 1 or > 12 || day < 1 || day > System.DateTime.DaysInMonth(year, month))
        {
            return (field.Value, $"{field.Property.Name} must be a real date", typed);
        }

        var time = TimeSpan.Zero;
        if (typed["time"].Length > 0 && !TimeSpan.TryParseExact(typed["time"], ["h\\:mm", "hh\\:mm", "hh\\:mm\\:ss"], CultureInfo.InvariantCulture, out time))
        {
            return (field.Value, $"{field.Property.Name} must have a time like 09:30", typed);
        }

        return (new System.DateTime(year, month, day).Add(time).ToString(DateStorageFormat, CultureInfo.InvariantCulture), null, typed);
    }

    private static (string?, string?, IReadOnlyDictionary<string, string>?) ReadLinks(EditorField field, IFormCollection form)
    {
        var links = new List<JsonObject>();
        var typed = new Dictionary<string, string>(StringComparer.Ordinal);
        string? error = null;
        for (var i = 0; i < MaxLinkRows; i++)
        {
            var name = form[$"{field.Id}-name-{i}"].ToString().Trim();
            var url = form[$"{field.Id}-url-{i}"].ToString().Trim();
            typed[$"name-{i}"] = name;
            typed[$"url-{i}"] = url;
            if (url.Length == 0)
            {
                continue;
            }

            if (!IsAllowedLink(url))
            {
                error ??= $"Links in {field.Property.Name.ToLowerInvariant()} must start with https://, http:// or /";
                continue;
            }

            links.Add(new JsonObject { ["name"] = name.Length == 0 ? url : name, ["url"] = url });
        }

        return error is not null ? (field.Value, error, typed) : (links.Count == 0 ? "" : new JsonArray([.. links]).ToJsonString(), null, typed);
    }

    /// <summary>The most link rows a multi-URL picker shows: the stored links plus blank rows, up to this.</summary>
    public const int MaxLinkRows = 20;

    public static bool IsAllowedLink(string url) =>
        (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
        || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp));

    /// <summary>The stored links of a multi-URL picker as (name, url) rows.</summary>
    public static IReadOnlyList<(string Name, string Url)> Links(string? value)
    {
        try
        {
            return JsonNode.Parse(value ?? "") is JsonArray array
                ? array.OfType<JsonObject>().Select(o => (o["name"]?.ToString() ?? "", o["url"]?.ToString() ?? "")).ToList()
                : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary>The values of a stored JSON array of strings (checkbox list, dropdown, tags); a bare string is one value.</summary>
    public static IReadOnlyList<string> Strings(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return [];
        }

        try
        {
            return JsonNode.Parse(value) is JsonArray array ? array.Select(n => n?.ToString() ?? "").ToList() : [value];
        }
        catch (JsonException)
        {
            return [value];
        }
    }

    /// <summary>The media key a MediaPicker3 value points at (its first item), as a string.</summary>
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

    /// <summary>A stored date as (day, month, year, time) for the GOV.UK date input.</summary>
    public static (string Day, string Month, string Year, string Time) DateParts(string? value) =>
        System.DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? (date.Day.ToString(CultureInfo.InvariantCulture), date.Month.ToString(CultureInfo.InvariantCulture), date.Year.ToString(CultureInfo.InvariantCulture),
                date.TimeOfDay == TimeSpan.Zero ? "" : date.ToString("HH:mm", CultureInfo.InvariantCulture))
            : ("", "", "", "");

    public static string MarkdownPreview(string? markdown) => MarkdownRenderer.ToSiteHtml(markdown);

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static JsonNode? ParseConfig(string? json)
    {
        try
        {
            return string.IsNullOrWhiteSpace(json) ? null : JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A dropdown's or checkbox list's items: strings, or objects with a value (Umbraco has written both).</summary>
    private static List<EditorOption> Items(JsonNode? config) =>
        config?["items"] is JsonArray items
            ? items.Select(i => i is JsonObject o ? o["value"]?.ToString() ?? "" : i?.ToString() ?? "")
                .Where(v => v.Length > 0)
                .Select(v => new EditorOption(v, v))
                .ToList()
            : [];
}
