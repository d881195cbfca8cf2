using System.Text.Json;
using System.Text.Json.Serialization;
using VirtualSchool.Portal.Core.Forms;

namespace VirtualSchool.Portal.Infrastructure.Forms;

/// <summary>How a whole form is written as JSON: its saved versions, copies and uSync files (camel case, enums by name).</summary>
public static class FormJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = false,
    };

    public static string Serialize(FormDefinition form) => JsonSerializer.Serialize(form, Options);

    public static FormDefinition Deserialize(string json) =>
        JsonSerializer.Deserialize<FormDefinition>(json, Options) ?? throw new JsonException("The form's JSON is empty.");

    /// <summary>A deep copy, so a cached form is never changed by whoever edits it.</summary>
    public static FormDefinition Clone(FormDefinition form) => Deserialize(Serialize(form));
}
