using System.Text.Json;

namespace VirtualSchool.Portal.Core.PropertyEditors;

/// <summary>Readers for the shapes Umbraco stores property values in, shared by the editors that use each shape.</summary>
public static class StoredValues
{
    /// <summary>The items of a list value: a JSON array (checkbox list, tags, dropdown) or comma-separated text.</summary>
    public static IReadOnlyList<string> Items(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return [];
        }

        var trimmed = value.Trim();
        if (trimmed.StartsWith('['))
        {
            try
            {
                using var document = JsonDocument.Parse(trimmed);
                return document.RootElement.EnumerateArray()
                    .Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : e.ToString())
                    .Where(s => !string.IsNullOrWhiteSpace(s))
                    .Select(s => s!)
                    .ToList();
            }
            catch (JsonException)
            {
                // Not JSON after all: fall through to comma-separated text.
            }
        }

        return trimmed.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>The values of a stored JSON array of strings as the back-office form reads them; a bare string is one value.</summary>
    public static IReadOnlyList<string> Strings(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(value);
            return document.RootElement.ValueKind == JsonValueKind.Array
                ? document.RootElement.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() ?? "" : e.GetRawText()).ToList()
                : [value];
        }
        catch (JsonException)
        {
            return [value];
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

    /// <summary>The keys of a media picker value, in the picker's order: MediaPicker3 JSON (<c>mediaKey</c>), or legacy UDIs.</summary>
    public static List<Guid> MediaKeys(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return [];
        }

        var trimmed = value.Trim();
        if (!trimmed.StartsWith('['))
        {
            return trimmed.Split(',').Select(KeyOf).OfType<Guid>().ToList();
        }

        try
        {
            using var document = JsonDocument.Parse(trimmed);
            return document.RootElement.EnumerateArray()
                .Select(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("mediaKey", out var k) ? KeyOf(k.GetString()) : KeyOf(e.ToString()))
                .OfType<Guid>()
                .ToList();
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary>The <c>date</c> inside a date editor's JSON value (<c>{"date": "…"}</c>), or the value itself when it is not JSON.</summary>
    public static string DateText(string value)
    {
        var text = value.Trim();
        if (!text.StartsWith('{'))
        {
            return text;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String
                ? d.GetString() ?? ""
                : "";
        }
        catch (JsonException)
        {
            return "";
        }
    }
}
