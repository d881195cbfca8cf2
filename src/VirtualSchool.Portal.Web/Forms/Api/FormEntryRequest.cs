using System.Text.Json;

namespace VirtualSchool.Portal.Web.Forms.Api;

/// <summary>
/// The body of <c>POST /umbraco/forms/api/v1/entries/{id}</c>, as Umbraco Forms takes it: answers by field alias (a
/// string, or an array of strings for several), the page the form was on, and the culture (accepted and ignored: the
/// portal is in one language).
/// </summary>
public sealed class FormEntryRequest
{
    public Dictionary<string, JsonElement>? Values { get; set; }

    public Guid? ContentId { get; set; }

    public string? Culture { get; set; }

    /// <summary>An answer as strings: a string, a number or true/false, or an array of those; anything else is no answer.</summary>
    public static List<string> Strings(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => [value.GetString()!.Trim()],
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => [value.ToString()],
        JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind is JsonValueKind.String or JsonValueKind.Number).Select(v => v.ToString().Trim()).ToList(),
        _ => [],
    };
}
