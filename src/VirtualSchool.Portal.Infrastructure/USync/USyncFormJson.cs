using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Infrastructure.Forms;

namespace VirtualSchool.Portal.Infrastructure.USync;

/// <summary>
/// A form's JSON in a uSync file, as uSync.Forms keeps Umbraco Forms' own JSON in its <c>Data</c> element. Written
/// from <see cref="FormJson"/> without what changes on every save (id, version, dates, who saved it), with each
/// fieldset's fields in one column of width 12 as Umbraco Forms lays them out. Read tolerantly, so a form exported
/// from Umbraco Forms imports too: <c>id</c> for keys, columns inside fieldsets (flattened, in order), Pascal-case
/// names, <c>required</c>/<c>regex</c>/<c>toolTip</c>/<c>containsSensitiveData</c>, the operators
/// <c>GreaterThen</c>/<c>LessThen</c>, labels and approval on the form itself rather than in its settings.
/// </summary>
public static class USyncFormJson
{
    private static readonly JsonSerializerOptions WriteOptions = new(FormJson.Options)
    {
        WriteIndented = true,
        // The file is read by people and diffed in pull requests: apostrophes and accents stay as they are.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    // What changes on every save, and what the model works out from the rest (every field again, a choice's label).
    private static readonly string[] Volatile = ["id", "version", "createdAt", "updatedAt", "updatedBy", "allFields"];

    private static readonly Dictionary<string, string> FormSettingNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["submitLabel"] = "submitLabel",
        ["nextLabel"] = "nextLabel",
        ["prevLabel"] = "previousLabel",
        ["previousLabel"] = "previousLabel",
        ["messageOnSubmit"] = "messageOnSubmit",
        ["goToPageOnSubmit"] = "goToPageOnSubmit",
        ["manualApproval"] = "manualApproval",
        ["storeRecordsLocally"] = "storeRecordsLocally",
        ["checkAnswers"] = "checkAnswers",
        ["storeIpAddress"] = "storeIpAddress",
    };

    private static readonly Dictionary<string, string> FieldNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["required"] = "mandatory",
        ["regex"] = "pattern",
        ["invalidErrorMessage"] = "patternInvalidErrorMessage",
        ["toolTip"] = "helpText",
        ["containsSensitiveData"] = "sensitive",
        ["prevalues"] = "preValues",
    };

    private static readonly Dictionary<string, string> Operators = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GreaterThen"] = nameof(ConditionOperator.GreaterThan),
        ["LessThen"] = nameof(ConditionOperator.LessThan),
        ["ContainsIgnoreCase"] = nameof(ConditionOperator.Contains),
        ["NotContainsIgnoreCase"] = nameof(ConditionOperator.NotContains),
    };

    /// <summary>The form as the file carries it: the same bytes for the same design, whenever and wherever it was saved.</summary>
    public static string Write(FormDefinition form)
    {
        var node = JsonSerializer.SerializeToNode(form, FormJson.Options)!.AsObject();
        foreach (var name in Volatile)
        {
            node.Remove(name);
        }

        // Absent and null read alike; leaving nulls out keeps the files short.
        DropNulls(node);

        foreach (var fieldset in Each(node["pages"]).SelectMany(p => Each(p["fieldsets"])))
        {
            var fields = fieldset["fields"];
            fieldset.Remove("fields");
            fieldset["containers"] = new JsonArray(new JsonObject { ["width"] = 12, ["fields"] = fields });
            foreach (var preValue in Each(fields).SelectMany(f => Each(f["preValues"])))
            {
                preValue.Remove("label");
            }
        }

        return node.ToJsonString(WriteOptions);
    }

    /// <summary>Reads a form from a file's JSON, ours or Umbraco Forms'; throws <see cref="JsonException"/> when it is not a form.</summary>
    public static FormDefinition Read(string json)
    {
        var node = JsonNode.Parse(json) as JsonObject ?? throw new JsonException("The form's data is not a JSON object.");
        Normalise(node);
        var form = node.Deserialize<FormDefinition>(FormJson.Options) ?? throw new JsonException("The form's data is empty.");
        form.Id = 0;
        return form;
    }

    private static void Normalise(JsonObject form)
    {
        DropNulls(form);
        KeyFromId(form);
        if (Take(form, "folderId") is { } folder && Guid.TryParse(folder.ToString(), out var folderKey) && !Has(form, "folderKey"))
        {
            form["folderKey"] = folderKey.ToString();
        }

        var settings = Get(form, "settings") as JsonObject ?? new JsonObject();
        foreach (var (from, to) in FormSettingNames)
        {
            if (Take(form, from) is { } value && !Has(settings, to))
            {
                settings[to] = value;
            }
        }

        // Umbraco Forms 8 went to a page by its integer id; only a page key can be followed here.
        if (Get(settings, "goToPageOnSubmit") is { } goTo && !Guid.TryParse(goTo.ToString(), out _))
        {
            Take(settings, "goToPageOnSubmit");
        }

        Set(form, "settings", settings);
        var formKey = Get(form, "key")?.ToString() ?? "";
        var pages = Each(Get(form, "pages"));
        for (var p = 0; p < pages.Count; p++)
        {
            var page = pages[p];
            NormaliseContainer(page, $"{formKey}/page/{p}");
            var fieldsets = Each(Get(page, "fieldsets"));
            for (var s = 0; s < fieldsets.Count; s++)
            {
                var fieldset = fieldsets[s];
                NormaliseContainer(fieldset, $"{formKey}/page/{p}/fieldset/{s}");
                Flatten(fieldset);
                var fields = Each(Get(fieldset, "fields"));
                for (var f = 0; f < fields.Count; f++)
                {
                    NormaliseField(fields[f], $"{formKey}/page/{p}/fieldset/{s}/field/{f}");
                }
            }
        }

        var workflows = Each(Get(form, "workflows"));
        for (var w = 0; w < workflows.Count; w++)
        {
            NormaliseWorkflow(workflows[w], $"{formKey}/workflow/{w}");
        }
    }

    /// <summary>Umbraco Forms' columns inside a fieldset become the fieldset's fields, left column first.</summary>
    private static void Flatten(JsonObject fieldset)
    {
        if (!Has(fieldset, "fields") && Get(fieldset, "containers") is JsonArray columns)
        {
            var fields = new JsonArray();
            foreach (var field in columns.OfType<JsonObject>().SelectMany(c => Each(Get(c, "fields"))).ToList())
            {
                field.Parent!.AsArray().Remove(field);
                fields.Add(field);
            }

            Set(fieldset, "fields", fields);
        }

        Take(fieldset, "containers");
    }

    /// <summary>
    /// A page or fieldset: its key, Umbraco's <c>fieldSets</c> spelling, and its condition. Umbraco Forms gives pages no
    /// id, so one is made from the form's key and the page's place: the same file reads with the same keys every time.
    /// </summary>
    private static void NormaliseContainer(JsonObject container, string place)
    {
        KeyFromPlace(container, place);

        Rename(container, "fieldSets", "fieldsets");
        NormaliseCondition(container);
    }

    private static void NormaliseField(JsonObject field, string place)
    {
        KeyFromPlace(field, place);
        foreach (var (from, to) in FieldNames)
        {
            Rename(field, from, to);
        }

        StringValues(Get(field, "settings") as JsonObject);
        if (Get(field, "preValues") is JsonArray preValues)
        {
            var normalised = new JsonArray();
            foreach (var preValue in preValues)
            {
                normalised.Add(preValue is JsonObject o
                    ? new JsonObject { ["value"] = Get(o, "value")?.ToString() ?? "", ["caption"] = Get(o, "caption")?.ToString() ?? "" }
                    : new JsonObject { ["value"] = preValue?.ToString() ?? "", ["caption"] = "" });
            }

            Set(field, "preValues", normalised);
        }

        NormaliseCondition(field);
    }

    private static void NormaliseWorkflow(JsonObject workflow, string place)
    {
        KeyFromPlace(workflow, place);
        Rename(workflow, "workflowTypeKey", "workflowTypeId");
        Rename(workflow, "isActive", "active");
        if (Get(workflow, "includeSensitiveData") is JsonValue sensitive && sensitive.GetValueKind() == JsonValueKind.String)
        {
            Set(workflow, "includeSensitiveData", string.Equals(sensitive.ToString(), "True", StringComparison.OrdinalIgnoreCase));
        }

        StringValues(Get(workflow, "settings") as JsonObject);
    }

    /// <summary>Umbraco Forms writes a switched-off condition as <c>enabled: false</c>; its operators have its own spellings.</summary>
    private static void NormaliseCondition(JsonObject owner)
    {
        if (Get(owner, "condition") is not JsonObject condition)
        {
            return;
        }

        if (Get(condition, "enabled") is JsonValue enabled && enabled.GetValueKind() == JsonValueKind.False)
        {
            Take(owner, "condition");
            return;
        }

        Take(condition, "enabled");
        KeyFromId(condition);
        Take(condition, "key");
        foreach (var rule in Each(Get(condition, "rules")))
        {
            Take(rule, "id");
            if (Get(rule, "operator") is JsonValue op && op.GetValueKind() == JsonValueKind.String && Operators.TryGetValue(op.ToString(), out var ours))
            {
                Set(rule, "operator", ours);
            }

            if (Get(rule, "value") is JsonValue value && value.GetValueKind() != JsonValueKind.String)
            {
                Set(rule, "value", value.ToJsonString());
            }
        }
    }

    /// <summary>Settings are strings in the model; Umbraco Forms writes some as numbers or booleans.</summary>
    private static void StringValues(JsonObject? settings)
    {
        if (settings is null)
        {
            return;
        }

        foreach (var (name, value) in settings.ToList())
        {
            if (value is JsonValue v && v.GetValueKind() != JsonValueKind.String)
            {
                settings[name] = v.GetValueKind() switch
                {
                    JsonValueKind.True => "True",
                    JsonValueKind.False => "False",
                    _ => v.ToJsonString(),
                };
            }
            else if (value is JsonObject or JsonArray)
            {
                settings[name] = value.ToJsonString();
            }
        }
    }

    /// <summary>Umbraco Forms names keys <c>id</c> (a GUID); the model's <c>id</c> is the database's number.</summary>
    private static void KeyFromId(JsonObject item)
    {
        if (Take(item, "id") is { } id && Guid.TryParse(id.ToString(), out var key) && !Has(item, "key"))
        {
            item["key"] = key.ToString();
        }
    }

    /// <summary>The item's key (or Umbraco's id), else one made from its place in the form, the same on every read.</summary>
    private static void KeyFromPlace(JsonObject item, string place)
    {
        KeyFromId(item);
        if (!Has(item, "key"))
        {
            item["key"] = new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(place)).AsSpan(0, 16)).ToString();
        }
    }

    private static void DropNulls(JsonNode? node)
    {
        if (node is JsonObject o)
        {
            foreach (var (name, value) in o.ToList())
            {
                if (value is null)
                {
                    o.Remove(name);
                }
                else
                {
                    DropNulls(value);
                }
            }
        }
        else if (node is JsonArray a)
        {
            foreach (var item in a)
            {
                DropNulls(item);
            }
        }
    }

    private static List<JsonObject> Each(JsonNode? node) => node is JsonArray array ? array.OfType<JsonObject>().ToList() : [];

    private static string? NameOf(JsonObject o, string name) =>
        o.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));

    private static bool Has(JsonObject o, string name) => NameOf(o, name) is not null;

    private static JsonNode? Get(JsonObject o, string name) => NameOf(o, name) is { } actual ? o[actual] : null;

    private static JsonNode? Take(JsonObject o, string name)
    {
        if (NameOf(o, name) is not { } actual)
        {
            return null;
        }

        var value = o[actual];
        o.Remove(actual);
        return value;
    }

    private static void Set(JsonObject o, string name, JsonNode? value)
    {
        Take(o, name);
        o[name] = value;
    }

    private static void Rename(JsonObject o, string from, string to)
    {
        if (Has(o, to) && !string.Equals(NameOf(o, to), from, StringComparison.Ordinal))
        {
            if (!string.Equals(from, to, StringComparison.OrdinalIgnoreCase))
            {
                Take(o, from);
            }

            return;
        }

        if (Take(o, from) is { } value)
        {
            o[to] = value;
        }
    }
}
