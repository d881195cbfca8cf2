using System.Globalization;
using System.Text.Json;

namespace VirtualSchool.Portal.Core.Querying;

/// <summary>How a property's values are compared, decided by its data type's editor alias.</summary>
public enum IndexedKind
{
    /// <summary>Not filterable or sortable (rich text, Markdown, blocks, links).</summary>
    None = 0,
    Text,
    Number,
    Date,
    Boolean,
}

/// <summary>
/// One property of one node, typed by its editor: the values an equality filter matches (lower case, any of
/// them), and the one a range filter or a sort compares.
/// </summary>
public sealed record IndexedValue(IndexedKind Kind, string[] Terms, double? Number, DateTime? Date, string? Text)
{
    /// <summary>The kind an editor alias indexes as.</summary>
    public static IndexedKind KindOf(string editorAlias) => editorAlias switch
    {
        "Umbraco.Integer" or "Umbraco.Decimal" or "Umbraco.Slider" => IndexedKind.Number,
        "Umbraco.DateTime" or "Umbraco.DateOnly" or "Umbraco.DateTimeWithTimeZone" or "Umbraco.DateTimeUnspecified" => IndexedKind.Date,
        "Umbraco.TrueFalse" => IndexedKind.Boolean,
        "Umbraco.TextBox" or "Umbraco.TextArea" or "Umbraco.TextboxMultiple" or "Umbraco.EmailAddress" or "Umbraco.Label"
            or "Umbraco.Plain.String" or "Umbraco.Tags" or "Umbraco.CheckBoxList" or "Umbraco.DropDown.Flexible"
            or "Umbraco.RadioButtonList" or "Umbraco.MultipleTextstring" or "Umbraco.ContentPicker"
            or "Umbraco.MultiNodeTreePicker" or "Umbraco.MediaPicker3" or "Umbraco.MediaPicker"
            or "Umbraco.ColorPicker" => IndexedKind.Text,
        _ => IndexedKind.None,
    };

    /// <summary>Types a stored value; null when the editor is not indexed or the value is empty or unreadable.</summary>
    public static IndexedValue? Create(string editorAlias, string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        switch (KindOf(editorAlias))
        {
            case IndexedKind.Number:
                return double.TryParse(raw.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                    ? new IndexedValue(IndexedKind.Number, [number.ToString(CultureInfo.InvariantCulture)], number, null, null)
                    : null;
            case IndexedKind.Date:
                return ParseDate(raw) is { } date
                    ? new IndexedValue(IndexedKind.Date, [], null, date, null)
                    : null;
            case IndexedKind.Boolean:
                var truth = raw.Trim() is "1" or "true" or "True" or "TRUE";
                return new IndexedValue(IndexedKind.Boolean, [truth ? "true" : "false"], truth ? 1 : 0, null, null);
            case IndexedKind.Text:
                var terms = ReadTerms(editorAlias, raw);
                return terms.Length == 0 ? null : new IndexedValue(IndexedKind.Text, terms, null, null, terms[0]);
            default:
                return null;
        }
    }

    /// <summary>A filter's or a stored date: ISO 8601, or the JSON of a date-with-time-zone editor; taken as UTC.</summary>
    public static DateTime? ParseDate(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var text = raw.Trim();
        if (text.StartsWith('{'))
        {
            try
            {
                using var document = JsonDocument.Parse(text);
                text = document.RootElement.TryGetProperty("date", out var d) ? d.GetString() ?? "" : "";
            }
            catch (JsonException)
            {
                return null;
            }
        }

        return DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : null;
    }

    private static string[] ReadTerms(string editorAlias, string raw)
    {
        var trimmed = raw.Trim();
        IEnumerable<string> items;
        if (trimmed.StartsWith('['))
        {
            items = ReadArray(trimmed, editorAlias);
        }
        else if (editorAlias is "Umbraco.ContentPicker" or "Umbraco.MultiNodeTreePicker" or "Umbraco.MediaPicker" or "Umbraco.Tags" or "Umbraco.CheckBoxList" or "Umbraco.DropDown.Flexible")
        {
            items = trimmed.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }
        else
        {
            items = [trimmed];
        }

        return items
            .Select(i => editorAlias is "Umbraco.ContentPicker" or "Umbraco.MultiNodeTreePicker" or "Umbraco.MediaPicker" or "Umbraco.MediaPicker3"
                ? KeyOf(i)?.ToString("D") ?? i
                : i)
            .Where(i => i.Length > 0)
            .Select(i => i.ToLowerInvariant())
            .Distinct()
            .ToArray();
    }

    private static List<string> ReadArray(string json, string editorAlias)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var items = new List<string>();
            foreach (var element in document.RootElement.EnumerateArray())
            {
                if (element.ValueKind == JsonValueKind.Object)
                {
                    if (editorAlias == "Umbraco.MediaPicker3" && element.TryGetProperty("mediaKey", out var mediaKey))
                    {
                        items.Add(mediaKey.GetString() ?? "");
                    }
                }
                else
                {
                    items.Add(element.ValueKind == JsonValueKind.String ? element.GetString() ?? "" : element.ToString());
                }
            }

            return items;
        }
        catch (JsonException)
        {
            return [json];
        }
    }

    /// <summary>Reads <c>umb://document/{32 hex}</c>, <c>umb://media/…</c> or a plain GUID.</summary>
    public static Guid? KeyOf(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        var slash = trimmed.LastIndexOf('/');
        return Guid.TryParse(slash >= 0 ? trimmed[(slash + 1)..] : trimmed, out var key) ? key : null;
    }
}
