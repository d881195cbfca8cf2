using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace VirtualSchool.Portal.Infrastructure.Persistence;

/// <summary>
/// Values stored as one JSON text column, with comparers that compare the JSON, so EF notices a change made
/// inside a list or dictionary.
/// </summary>
internal static class JsonColumns
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static ValueConverter<T, string> Converter<T>()
        where T : new() =>
        new(v => JsonSerializer.Serialize(v, Json), v => JsonSerializer.Deserialize<T>(v, Json) ?? new T());

    public static ValueComparer<T> Comparer<T>() =>
        new(
            (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
            v => JsonSerializer.Serialize(v, Json).GetHashCode(StringComparison.Ordinal),
            v => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(v, Json), Json)!);

    /// <summary>Property values by alias, read back case-insensitively as the content model expects.</summary>
    public static ValueConverter<Dictionary<string, string?>, string> PropertiesConverter() =>
        new(
            v => JsonSerializer.Serialize(v, Json),
            v => new Dictionary<string, string?>(
                JsonSerializer.Deserialize<Dictionary<string, string?>>(v, Json) ?? new Dictionary<string, string?>(),
                StringComparer.OrdinalIgnoreCase));

    public static ValueComparer<Dictionary<string, string?>> PropertiesComparer() =>
        new(
            (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
            v => JsonSerializer.Serialize(v, Json).GetHashCode(StringComparison.Ordinal),
            v => new Dictionary<string, string?>(v, StringComparer.OrdinalIgnoreCase));
}
