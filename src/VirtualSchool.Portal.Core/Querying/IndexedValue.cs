using System.Globalization;
using System.Text.Json;
using VirtualSchool.Portal.Core.PropertyEditors;

namespace VirtualSchool.Portal.Core.Querying;

/// <summary>
/// One property of one node, typed by its editor (<see cref="IDataEditor.Index"/>): the values an equality filter
/// matches (lower case, any of them), and the one a range filter or a sort compares.
/// </summary>
public sealed record IndexedValue(IndexedKind Kind, string[] Terms, double? Number, DateTime? Date, string? Text)
{
    /// <summary>A number, for number editors; null when the value is not one.</summary>
    public static IndexedValue? FromNumber(string value) =>
        double.TryParse(value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? new IndexedValue(IndexedKind.Number, [number.ToString(CultureInfo.InvariantCulture)], number, null, null)
            : null;

    /// <summary>A date (see <see cref="ParseDate"/>), for date editors; null when the value is not one.</summary>
    public static IndexedValue? FromDate(string value) =>
        ParseDate(value) is { } date ? new IndexedValue(IndexedKind.Date, [], null, date, null) : null;

    /// <summary>True for <c>1</c> or <c>true</c> in any usual case; anything else is false.</summary>
    public static IndexedValue FromBoolean(string value)
    {
        var truth = value.Trim() is "1" or "true" or "True" or "TRUE";
        return new IndexedValue(IndexedKind.Boolean, [truth ? "true" : "false"], truth ? 1 : 0, null, null);
    }

    /// <summary>Text terms (lower case, each once); the first is the one a sort compares. Null when there are none.</summary>
    public static IndexedValue? FromTerms(IEnumerable<string> items)
    {
        var terms = items.Where(i => i.Length > 0).Select(i => i.ToLowerInvariant()).Distinct().ToArray();
        return terms.Length == 0 ? null : new IndexedValue(IndexedKind.Text, terms, null, null, terms[0]);
    }

    /// <summary>
    /// The items of a text value as the index reads them: a JSON array's strings (an object's <c>mediaKey</c> when
    /// <paramref name="keys"/>), else the items of comma-separated text when <paramref name="commaSeparated"/>, else the
    /// whole value. With <paramref name="keys"/>, a UDI or GUID becomes its key in the <c>D</c> format, so that
    /// <c>umb://document/…</c> and the bare GUID match alike.
    /// </summary>
    public static IEnumerable<string> Items(string value, bool commaSeparated, bool keys)
    {
        var trimmed = value.Trim();
        IEnumerable<string> items = trimmed.StartsWith('[') ? ReadArray(trimmed, keys)
            : commaSeparated ? trimmed.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [trimmed];
        return keys ? items.Select(i => StoredValues.KeyOf(i)?.ToString("D") ?? i) : items;
    }

    /// <summary>A filter's or a stored date: ISO 8601, or the JSON of a date editor (<c>{"date": …}</c>); taken as UTC.</summary>
    public static DateTime? ParseDate(string? raw) =>
        !string.IsNullOrWhiteSpace(raw)
            && DateTime.TryParse(StoredValues.DateText(raw), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : null;

    /// <summary>Reads <c>umb://document/{32 hex}</c>, <c>umb://media/…</c> or a plain GUID.</summary>
    public static Guid? KeyOf(string? value) => StoredValues.KeyOf(value);

    private static List<string> ReadArray(string json, bool keys)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var items = new List<string>();
            foreach (var element in document.RootElement.EnumerateArray())
            {
                if (element.ValueKind != JsonValueKind.Object)
                {
                    items.Add(element.ValueKind == JsonValueKind.String ? element.GetString() ?? "" : element.ToString());
                }
                else if (keys && element.TryGetProperty("mediaKey", out var mediaKey))
                {
                    items.Add(mediaKey.GetString() ?? "");
                }
            }

            return items;
        }
        catch (JsonException)
        {
            return [json];
        }
    }
}
