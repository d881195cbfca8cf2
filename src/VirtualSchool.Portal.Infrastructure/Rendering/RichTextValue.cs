using System.Text.Json;

namespace VirtualSchool.Portal.Infrastructure.Rendering;

/// <summary>
/// A stored rich-text value: the markup itself (as the portal's editor saves it), or Umbraco's
/// <c>{ "markup": …, "blocks": … }</c> (as Umbraco 14 and later store it, and uSync imports bring it).
/// </summary>
public static class RichTextValue
{
    /// <summary>The markup of a stored value; the value itself when it is not Umbraco's JSON.</summary>
    public static string Markup(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || !value.TrimStart().StartsWith('{'))
        {
            return value ?? "";
        }

        try
        {
            using var document = JsonDocument.Parse(value);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("markup", out var markup) && markup.ValueKind == JsonValueKind.String
                ? markup.GetString() ?? ""
                : value;
        }
        catch (JsonException)
        {
            return value;
        }
    }
}
