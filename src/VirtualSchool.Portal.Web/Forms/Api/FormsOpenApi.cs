using System.Text.Json;
using System.Text.Json.Nodes;

namespace VirtualSchool.Portal.Web.Forms.Api;

/// <summary>
/// The OpenAPI 3.0 document of the forms API, at Umbraco Forms' address (<c>/umbraco/swagger/forms/swagger.json</c>),
/// with its operations and schema names, written out as the Delivery API's is (a contract, not generated from C#).
/// </summary>
public static class FormsOpenApi
{
    public const string Path = "/umbraco/swagger/forms/swagger.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
    private static readonly Lazy<byte[]> Document = new(() => JsonSerializer.SerializeToUtf8Bytes(Build(), Indented));

    public static IResult Serve(HttpContext http)
    {
        http.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>()?.Enabled = false;
        return Results.Bytes(Document.Value, "application/json; charset=utf-8");
    }

    public static JsonObject Build() => new()
    {
        ["openapi"] = "3.0.1",
        ["info"] = new JsonObject
        {
            ["title"] = "Umbraco Forms API",
            ["description"] = "Forms placed on the portal's pages, for headless clients: a form's definition and submitting an entry. Off unless Portal:Forms:Api:Enabled.",
            ["version"] = "1.0",
        },
        ["paths"] = new JsonObject
        {
            [$"{FormsApi.Prefix}/definitions/{{id}}"] = new JsonObject
            {
                ["get"] = Operation("GetFormDefinition", "Gets a form's definition.", [Id(), Query("contentId", "The page the form is shown on."), Query("culture", "Accepted and ignored.")], null,
                    ("200", Response("The form.", Ref("FormDto"))), ("401", Response("The Api-Key header is missing or wrong.", null)), ("404", Response("No such form, or the API is off.", null))),
            },
            [$"{FormsApi.Prefix}/entries/{{id}}"] = new JsonObject
            {
                ["post"] = Operation("PostFormEntry", "Submits an entry.", [Id(), Header("RequestVerificationToken", "The form token (unless Portal:Forms:Api:RequireAntiforgeryToken is false).")], Ref("FormEntryDto"),
                    ("202", Response("Stored; what to show or where to go.", Ref("FormSubmittedDto"))), ("400", Response("The token is missing or wrong.", null)),
                    ("401", Response("The Api-Key header is missing or wrong.", null)), ("404", Response("No such form, or the API is off.", null)),
                    ("422", Response("Problems with the answers, by field alias.", Ref("ProblemDetails"))), ("429", Response("Too many requests.", null))),
            },
        },
        ["components"] = new JsonObject
        {
            ["securitySchemes"] = new JsonObject { ["ApiKey"] = new JsonObject { ["type"] = "apiKey", ["in"] = "header", ["name"] = FormsApiGate.ApiKeyHeader } },
            ["schemas"] = Schemas(),
        },
        ["security"] = new JsonArray(new JsonObject { ["ApiKey"] = new JsonArray() }),
    };

    private static JsonObject Schemas() => new()
    {
        ["FormDto"] = Object(("id", Uuid()), ("name", Str()), ("nextLabel", Str()), ("previousLabel", Str()), ("submitLabel", Str()), ("messageOnSubmit", Str()),
            ("gotoPageOnSubmit", Uuid()), ("gotoPageOnSubmitRoute", Ref("RouteDto")), ("pages", Array(Ref("FormPageDto")))),
        ["FormPageDto"] = Object(("caption", Str()), ("condition", Ref("FormConditionDto")), ("fieldsets", Array(Ref("FormFieldsetDto")))),
        ["FormFieldsetDto"] = Object(("id", Uuid()), ("caption", Str()), ("condition", Ref("FormConditionDto")), ("columns", Array(Ref("FormFieldsetColumnDto")))),
        ["FormFieldsetColumnDto"] = Object(("caption", Str()), ("width", new JsonObject { ["type"] = "integer" }), ("fields", Array(Ref("FormFieldDto")))),
        ["FormFieldDto"] = Object(("id", Uuid()), ("alias", Str()), ("caption", Str()), ("helpText", Str()), ("required", Bool()), ("requiredErrorMessage", Str()),
            ("pattern", Str()), ("patternInvalidErrorMessage", Str()), ("condition", Ref("FormConditionDto")), ("preValues", Array(Object(("value", Str()), ("caption", Str())))),
            ("settings", new JsonObject { ["type"] = "object", ["additionalProperties"] = Str() }), ("type", Object(("id", Uuid()), ("name", Str()))),
            ("fileUploadOptions", Object(("allowAllUploadExtensions", Bool()), ("allowedUploadExtensions", Array(Str())), ("allowMultipleFileUploads", Bool())))),
        ["FormConditionDto"] = Object(("actionType", Str()), ("logicType", Str()), ("rules", Array(Object(("field", Uuid()), ("operator", Str()), ("value", Str()))))),
        ["RouteDto"] = Object(("path", Str()), ("startItem", Object(("id", Uuid()), ("path", Str())))),
        ["FormEntryDto"] = Object(("values", new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["oneOf"] = new JsonArray(Str(), Array(Str())) } }),
            ("contentId", Uuid()), ("culture", Str())),
        ["FormSubmittedDto"] = Object(("messageOnSubmit", Str()), ("gotoPageOnSubmit", Uuid()), ("gotoPageOnSubmitRoute", Ref("RouteDto"))),
        ["ProblemDetails"] = Object(("type", Str()), ("title", Str()), ("status", new JsonObject { ["type"] = "integer" }),
            ("errors", new JsonObject { ["type"] = "object", ["additionalProperties"] = Array(Str()) })),
    };

    private static JsonObject Operation(string id, string summary, JsonObject[] parameters, JsonObject? body, params (string Code, JsonObject Response)[] responses)
    {
        var operation = new JsonObject
        {
            ["tags"] = new JsonArray("Forms"),
            ["operationId"] = id,
            ["summary"] = summary,
            ["parameters"] = new JsonArray([.. parameters]),
            ["responses"] = new JsonObject(responses.Select(r => KeyValuePair.Create(r.Code, (JsonNode?)r.Response))),
        };
        if (body is not null)
        {
            operation["requestBody"] = new JsonObject { ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = body } } };
        }

        return operation;
    }

    private static JsonObject Response(string description, JsonObject? schema) => schema is null
        ? new JsonObject { ["description"] = description }
        : new JsonObject { ["description"] = description, ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = schema } } };

    private static JsonObject Id() => new() { ["name"] = "id", ["in"] = "path", ["required"] = true, ["schema"] = Uuid() };

    private static JsonObject Query(string name, string description) => new() { ["name"] = name, ["in"] = "query", ["description"] = description, ["schema"] = Str() };

    private static JsonObject Header(string name, string description) => new() { ["name"] = name, ["in"] = "header", ["description"] = description, ["schema"] = Str() };

    private static JsonObject Object(params (string Name, JsonObject Schema)[] properties) => new()
    {
        ["type"] = "object",
        ["properties"] = new JsonObject(properties.Select(p => KeyValuePair.Create(p.Name, (JsonNode?)p.Schema))),
    };

    private static JsonObject Array(JsonObject items) => new() { ["type"] = "array", ["items"] = items };

    private static JsonObject Ref(string name) => new() { ["$ref"] = $"#/components/schemas/{name}" };

    private static JsonObject Uuid() => new() { ["type"] = "string", ["format"] = "uuid" };

    private static JsonObject Str() => new() { ["type"] = "string" };

    private static JsonObject Bool() => new() { ["type"] = "boolean" };
}
