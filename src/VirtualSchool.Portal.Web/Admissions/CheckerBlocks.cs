using System.Text.Json;

namespace VirtualSchool.Portal.Web.Admissions;

/// <summary>
/// Reads the block lists the priority checker's content is written in (Umbraco's block value:
/// <c>{ layout, contentData: [{ key, values: [{ alias, value }] }] }</c>), each block as its values by alias,
/// in the order the editor arranged them (the layout), strings as they are and nested blocks as their JSON.
/// </summary>
public static class CheckerBlocks
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(value);
            return Read(document.RootElement);
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static List<IReadOnlyDictionary<string, string>> Read(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.String)
        {
            // A nested block list written as a JSON string rather than an object.
            return Read(root.GetString()).ToList();
        }

        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("contentData", out var data) || data.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var blocks = data.EnumerateArray().Where(b => b.ValueKind == JsonValueKind.Object)
            .Select(b => (Key: b.TryGetProperty("key", out var k) ? k.GetString() : null, Values: (IReadOnlyDictionary<string, string>)Values(b)))
            .ToList();
        var order = Layout(root);
        return order.Count == 0
            ? blocks.Select(b => b.Values).ToList()
            : order.Select(key => blocks.FirstOrDefault(b => string.Equals(b.Key, key, StringComparison.OrdinalIgnoreCase)).Values)
                .Where(v => v is not null).ToList();
    }

    private static List<string> Layout(JsonElement root)
    {
        if (!root.TryGetProperty("layout", out var layout) || layout.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        return layout.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Array)
            .SelectMany(p => p.Value.EnumerateArray())
            .Select(item => item.TryGetProperty("contentKey", out var k) ? k.GetString() : null)
            .OfType<string>().ToList();
    }

    private static Dictionary<string, string> Values(JsonElement block)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (block.TryGetProperty("values", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var entry in list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("alias", out _)))
            {
                if (entry.GetProperty("alias").GetString() is { } alias && entry.TryGetProperty("value", out var v) && Text(v) is { } text)
                {
                    values[alias] = text;
                }
            }
        }

        return values;
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        // A drop-down's value is stored as a list of one item.
        JsonValueKind.Array when value.GetArrayLength() == 1 && value[0].ValueKind == JsonValueKind.String => value[0].GetString(),
        _ => value.GetRawText(),
    };
}
