using System.Text.Json;
using System.Text.Json.Nodes;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Web.BackOffice.Content;

namespace VirtualSchool.Portal.Web.PropertyEditors;

/// <summary>Reads a data type's configuration JSON, as the editors that have settings need it.</summary>
public static class DataTypeConfiguration
{
    /// <summary>The configuration as JSON; null when there is none or it is not JSON.</summary>
    public static JsonNode? Parse(DataType? dataType)
    {
        try
        {
            return string.IsNullOrWhiteSpace(dataType?.Configuration) ? null : JsonNode.Parse(dataType.Configuration);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A dropdown's or checkbox list's items: strings, or objects with a value (Umbraco has written both).</summary>
    public static List<EditorOption> Items(DataType? dataType) =>
        Parse(dataType)?["items"] is JsonArray items
            ? items.Select(i => i is JsonObject o ? o["value"]?.ToString() ?? "" : i?.ToString() ?? "")
                .Where(v => v.Length > 0)
                .Select(v => new EditorOption(v, v))
                .ToList()
            : [];

    /// <summary>
    /// A property of a JSON object, in any case: uSync writes data type configurations with PascalCase top-level
    /// keys (<c>GridColumns</c>, <c>Blocks</c>) where Umbraco's own storage uses camelCase.
    /// </summary>
    public static bool TryProperty(JsonElement element, string name, out JsonElement value)
    {
        value = default;
        if (element.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        if (element.TryGetProperty(name, out value))
        {
            return true;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        return false;
    }
}
