using System.Text.Json;

namespace VirtualSchool.Portal.Web.BackOffice.Forms;

/// <summary>A field mapping setting: a JSON object of a document type's property aliases to field keys.</summary>
public static class FieldMappings
{
    public static List<(string Property, string Field)> Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string>>(json)?.Select(p => (p.Key, p.Value)).ToList() ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    public static string Write(IEnumerable<(string Property, string Field)> rows) =>
        JsonSerializer.Serialize(rows.GroupBy(r => r.Property, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Field));
}
