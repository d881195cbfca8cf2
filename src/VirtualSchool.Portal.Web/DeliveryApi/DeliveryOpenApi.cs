using System.Text.Json;
using System.Text.Json.Nodes;

namespace VirtualSchool.Portal.Web.DeliveryApi;

/// <summary>
/// The OpenAPI 3.0 document of the Delivery API, with the operation ids (<c>GetContent2.0</c>, ...), parameters
/// and schema names (<c>ApiContentResponseModel</c>, <c>PagedIApiContentResponseModel</c>,
/// <c>ApiMediaWithCropsResponseModel</c>, ...) of Umbraco's own document, so a client generated from Umbraco's
/// document (openapi-typescript-codegen and the like) calls the portal unchanged. Written out here rather than
/// generated from the endpoints, because those names are a contract the endpoints' C# names must not move.
/// </summary>
public static class DeliveryOpenApi
{
    private const string Docs = "https://docs.umbraco.com/umbraco-cms/reference/content-delivery-api";
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
    private static readonly Lazy<byte[]> Document = new(() => JsonSerializer.SerializeToUtf8Bytes(Build(), Indented));

    public static IResult Serve(HttpContext http)
    {
        http.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>()?.Enabled = false;
        return Results.Bytes(Document.Value, "application/json; charset=utf-8");
    }

    public static JsonObject Build()
    {
        const string v2 = "/umbraco/delivery/api/v2";
        return new JsonObject
        {
            ["openapi"] = "3.0.1",
            ["info"] = new JsonObject
            {
                ["title"] = "Umbraco Delivery API",
                ["description"] = $"The portal's published content and media as JSON, on Umbraco's Content Delivery API contract. See [the documentation]({Docs}).",
                ["version"] = "Latest",
            },
            ["paths"] = new JsonObject
            {
                [$"{v2}/content"] = Get("Content", "GetContent2.0", [Fetch(), Filter(), Sort(), Skip("content items"), Take("content items"), Expand(), Fields(), .. ContentHeaders()],
                    Ok(Ref("PagedIApiContentResponseModel")), BadRequest(), NotFound()),
                [$"{v2}/content/item/{{path}}"] = Get("Content", "GetContentItemByPath2.0", [PathParameter("path", new JsonObject { ["type"] = "string", ["default"] = "" }), Expand(), Fields(), .. ContentHeaders()],
                    Ok(Ref("ApiContentResponseModel")), Status("401", "Unauthorized"), Status("403", "Forbidden"), NotFound()),
                [$"{v2}/content/item/{{id}}"] = Get("Content", "GetContentItemById2.0", [PathParameter("id", Uuid()), Expand(), Fields(), .. ContentHeaders()],
                    Ok(Ref("ApiContentResponseModel")), Status("401", "Unauthorized"), Status("403", "Forbidden"), NotFound()),
                [$"{v2}/content/items"] = Get("Content", "GetContentItems2.0", [Ids(), Expand(), Fields(), .. ContentHeaders()],
                    Ok(ArrayOf(Ref("ApiContentResponseModel"))), Status("401", "Unauthorized"), Status("403", "Forbidden")),
                [$"{v2}/media"] = Get("Media", "GetMedia2.0", [MediaFetch(), MediaFilter(), MediaSort(), Skip("media items"), Take("media items"), Expand(), Fields(), ApiKey()],
                    Ok(Ref("PagedIApiMediaWithCropsResponseModel")), BadRequest()),
                [$"{v2}/media/item/{{path}}"] = Get("Media", "GetMediaItemByPath2.0", [PathParameter("path", new JsonObject { ["type"] = "string" }), Expand(), Fields(), ApiKey()],
                    Ok(Ref("ApiMediaWithCropsResponseModel")), NotFound()),
                [$"{v2}/media/item/{{id}}"] = Get("Media", "GetMediaItemById2.0", [PathParameter("id", Uuid()), Expand(), Fields(), ApiKey()],
                    Ok(Ref("ApiMediaWithCropsResponseModel")), NotFound()),
                [$"{v2}/media/items"] = Get("Media", "GetMediaItems2.0", [Ids(), Expand(), Fields(), ApiKey()],
                    Ok(ArrayOf(Ref("ApiMediaWithCropsResponseModel")))),
            },
            ["components"] = new JsonObject { ["schemas"] = Schemas() },
        };
    }

    private static JsonObject Get(string tag, string operationId, JsonObject[] parameters, params (string Code, JsonObject Response)[] responses)
    {
        var byCode = new JsonObject();
        foreach (var (code, response) in responses)
        {
            byCode[code] = response;
        }

        return new JsonObject
        {
            ["get"] = new JsonObject
            {
                ["tags"] = new JsonArray(tag),
                ["operationId"] = operationId,
                ["parameters"] = new JsonArray(parameters.Select(p => (JsonNode)p).ToArray()),
                ["responses"] = byCode,
            },
        };
    }

    private static (string, JsonObject) Ok(JsonObject schema) => ("200", new JsonObject
    {
        ["description"] = "OK",
        ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = schema } },
    });

    private static (string, JsonObject) BadRequest() => ("400", new JsonObject
    {
        ["description"] = "Bad Request",
        ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = Ref("ProblemDetails") } },
    });

    private static (string, JsonObject) NotFound() => Status("404", "Not Found");

    private static (string, JsonObject) Status(string code, string description) => (code, new JsonObject { ["description"] = description });

    private static JsonObject Ref(string schema) => new() { ["oneOf"] = new JsonArray(new JsonObject { ["$ref"] = $"#/components/schemas/{schema}" }) };

    private static JsonObject ArrayOf(JsonObject items) => new() { ["type"] = "array", ["items"] = items };

    private static JsonObject Uuid() => new() { ["type"] = "string", ["format"] = "uuid" };

    private static JsonObject Str() => new() { ["type"] = "string" };

    private static JsonObject PathParameter(string name, JsonObject schema) => new()
    {
        ["name"] = name,
        ["in"] = "path",
        ["required"] = true,
        ["schema"] = schema,
    };

    private static JsonObject Query(string name, string description, JsonObject schema, params (string Name, JsonNode Value)[] examples)
    {
        var parameter = new JsonObject { ["name"] = name, ["in"] = "query", ["description"] = description, ["schema"] = schema };
        if (examples.Length > 0)
        {
            var byName = new JsonObject();
            foreach (var (exampleName, value) in examples)
            {
                byName[exampleName] = new JsonObject { ["value"] = value };
            }

            parameter["examples"] = byName;
        }

        return parameter;
    }

    private static JsonObject Header(string name, string description, JsonObject schema) => new()
    {
        ["name"] = name,
        ["in"] = "header",
        ["description"] = description,
        ["schema"] = schema,
    };

    private static JsonObject Strings() => new() { ["type"] = "array", ["items"] = Str() };

    private static JsonObject Fetch() => Query("fetch", $"Which content items to start from: all, or the ancestors, children or descendants of an item given by id or path. See [the documentation]({Docs}#query-parameters).", Str(),
        ("Select all", ""), ("Select all ancestors of a node by id", "ancestors:id"), ("Select all ancestors of a node by path", "ancestors:path"),
        ("Select all children of a node by id", "children:id"), ("Select all children of a node by path", "children:path"),
        ("Select all descendants of a node by id", "descendants:id"), ("Select all descendants of a node by path", "descendants:path"));

    private static JsonObject Filter() => Query("filter", $"Filters on contentType, name, createDate, updateDate or any property alias (repeat for several; ! negates). See [the documentation]({Docs}#query-parameters).", Strings(),
        ("Default filter", ""), ("Filter by content type (equals)", new JsonArray("contentType:alias1")), ("Filter by name (contains)", new JsonArray("name:nodeName")),
        ("Filter by creation date (less than)", new JsonArray("createDate<2024-01-01")), ("Filter by update date (greater than or equal)", new JsonArray("updateDate>:2023-01-01")));

    private static JsonObject Sort() => Query("sort", $"Orders the results by createDate, level, name, sortOrder, updateDate or any property alias, :asc or :desc (repeat for several). See [the documentation]({Docs}#query-parameters).", Strings(),
        ("Default sort", ""), ("Sort by create date", new JsonArray("createDate:asc", "createDate:desc")), ("Sort by level", new JsonArray("level:asc", "level:desc")),
        ("Sort by name", new JsonArray("name:asc", "name:desc")), ("Sort by sort order", new JsonArray("sortOrder:asc", "sortOrder:desc")),
        ("Sort by update date", new JsonArray("updateDate:asc", "updateDate:desc")));

    private static JsonObject MediaFetch() => Query("fetch", $"The folder whose children to list, by id or path (children:id, children:path). See [the documentation]({Docs}/media-delivery-api#query-parameters).", Str(),
        ("Select all children at root level", "children:/"), ("Select all children of a media item by id", "children:id"), ("Select all children of a media item by path", "children:path"));

    private static JsonObject MediaFilter() => Query("filter", $"Filters on mediaType or name (repeat for several; ! negates). See [the documentation]({Docs}/media-delivery-api#query-parameters).", Strings(),
        ("Default filter", ""), ("Filter by media type", new JsonArray("mediaType:alias1")), ("Filter by name", new JsonArray("name:nodeName")));

    private static JsonObject MediaSort() => Query("sort", $"Orders the results by createDate, name, sortOrder or updateDate, :asc or :desc. See [the documentation]({Docs}/media-delivery-api#query-parameters).", Strings(),
        ("Default sort", ""), ("Sort by create date", new JsonArray("createDate:asc", "createDate:desc")), ("Sort by name", new JsonArray("name:asc", "name:desc")),
        ("Sort by sort order", new JsonArray("sortOrder:asc", "sortOrder:desc")), ("Sort by update date", new JsonArray("updateDate:asc", "updateDate:desc")));

    private static JsonObject Skip(string what) => Query("skip", $"How many of the found {what} to skip, for paging.", new JsonObject { ["type"] = "integer", ["format"] = "int32", ["default"] = 0 });

    private static JsonObject Take(string what) => Query("take", $"How many of the found {what} to return, for paging.", new JsonObject { ["type"] = "integer", ["format"] = "int32", ["default"] = 10 });

    private static JsonObject Expand() => Query("expand", $"Which picker properties to output with their items' own properties. See [the documentation]({Docs}#query-parameters).", Str(),
        ("Expand none", ""), ("Expand all properties", "properties[$all]"), ("Expand specific property", "properties[alias1]"),
        ("Expand specific properties", "properties[alias1,alias2]"), ("Expand nested properties", "properties[alias1[properties[nestedAlias1,nestedAlias2]]]"));

    private static JsonObject Fields() => Query("fields", $"Which properties to output (all when left out). See [the documentation]({Docs}#query-parameters).", Str(),
        ("Include all properties", "properties[$all]"), ("Include only specific property", "properties[alias1]"),
        ("Include only specific properties", "properties[alias1,alias2]"), ("Include only specific nested properties", "properties[alias1[properties[nestedAlias1,nestedAlias2]]]"));

    private static JsonObject Ids() => new()
    {
        ["name"] = "id",
        ["in"] = "query",
        ["schema"] = new JsonObject { ["uniqueItems"] = true, ["type"] = "array", ["items"] = Uuid() },
    };

    private static JsonObject ApiKey() => Header("Api-Key", "The API key from configuration, needed for drafts or when public access is off.", Str());

    private static JsonObject[] ContentHeaders() =>
    [
        new JsonObject
        {
            ["name"] = "Accept-Language",
            ["in"] = "header",
            ["description"] = "The language to return, for language variant content.",
            ["schema"] = Str(),
            ["examples"] = new JsonObject { ["Default"] = new JsonObject { ["value"] = "" }, ["English culture"] = new JsonObject { ["value"] = "en-us" } },
        },
        // Umbraco's ContentApiTransformer lists Accept-Segment on every content operation, so generated clients have
        // it; the portal's content has no segments, so the header is accepted and changes nothing.
        new JsonObject
        {
            ["name"] = "Accept-Segment",
            ["in"] = "header",
            ["description"] = "Defines the segment to return. Use this when querying segment variant content items.",
            ["schema"] = Str(),
            ["examples"] = new JsonObject { ["Default"] = new JsonObject { ["value"] = "" }, ["Segment One"] = new JsonObject { ["value"] = "segment-one" } },
        },
        ApiKey(),
        Header("Preview", "Whether to return draft content (needs a valid Api-Key).", new JsonObject { ["type"] = "boolean" }),
        Header("Start-Item", "URL segment or GUID of a root content item.", Str()),
    ];

    // The schemas' building blocks, short so that each schema in Schemas reads like the document it has to match.
    private static JsonObject Obj(string[] required, JsonObject properties, bool closed = true)
    {
        var schema = new JsonObject
        {
            ["required"] = new JsonArray(required.Select(r => (JsonNode)r).ToArray()),
            ["type"] = "object",
            ["properties"] = properties,
        };
        schema["additionalProperties"] = closed ? false : new JsonObject();
        return schema;
    }

    // Values by property alias, each as its editor writes it (a rich-text value is a RichTextModel).
    private static JsonObject Properties()
    {
        var schema = Dict();
        schema["description"] = "The item's properties by alias; a rich-text property's value is a RichTextModel (#/components/schemas/RichTextModel).";
        return schema;
    }

    private static JsonObject Date() => new() { ["type"] = "string", ["format"] = "date-time" };

    private static JsonObject Dict() => new() { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["nullable"] = true } };

    private static JsonObject ReadOnly(JsonObject schema)
    {
        schema["readOnly"] = true;
        return schema;
    }

    private static JsonObject Nullable(JsonObject schema)
    {
        schema["nullable"] = true;
        return schema;
    }

    private static JsonObject Int32() => new() { ["type"] = "integer", ["format"] = "int32" };

    private static JsonObject Double() => new() { ["type"] = "number", ["format"] = "double" };

    private static JsonObject Paged(string item) => Obj(["items", "total"], new JsonObject
    {
        ["total"] = new JsonObject { ["type"] = "integer", ["format"] = "int64" },
        ["items"] = ArrayOf(Ref(item)),
    });

    // A rich-text property's value (Umbraco.RichText, Umbraco.TinyMCE), as Umbraco writes it with RichTextOutputAsJson off.
    private static JsonObject RichText()
    {
        var schema = Obj(["blocks", "markup"], new JsonObject
        {
            ["markup"] = Str(),
            ["blocks"] = ArrayOf(Ref("ApiBlockItemModel")),
        });
        schema["description"] = "A rich-text property's value: its HTML (plain markup with no classes; links to content are " +
            "resolved to the route's path with data-start-item-path and data-start-item-id, links to media to the file's URL, " +
            "and links to anything the caller may not see are removed with their text kept) and the blocks placed in it.";
        return schema;
    }

    private static JsonObject Schemas()
    {
        return new JsonObject
        {
            ["ApiContentResponseModel"] = Obj(["contentType", "createDate", "cultures", "id", "name", "properties", "route", "updateDate"], new JsonObject
            {
                ["id"] = Uuid(),
                ["contentType"] = Str(),
                ["properties"] = Properties(),
                ["name"] = Str(),
                ["createDate"] = Date(),
                ["updateDate"] = Date(),
                ["route"] = Ref("ApiContentRouteModel"),
                ["cultures"] = new JsonObject { ["type"] = "object", ["additionalProperties"] = Ref("ApiContentRouteModel") },
            }),
            ["ApiContentRouteModel"] = Obj(["path", "startItem"], new JsonObject { ["path"] = Str(), ["startItem"] = Ref("ApiContentStartItemModel") }),
            ["ApiContentStartItemModel"] = Obj(["id", "path"], new JsonObject { ["id"] = Uuid(), ["path"] = Str() }),
            ["ApiMediaWithCropsResponseModel"] = Obj(["createDate", "id", "mediaType", "name", "path", "properties", "updateDate", "url"], new JsonObject
            {
                ["id"] = ReadOnly(Uuid()),
                ["name"] = ReadOnly(Str()),
                ["mediaType"] = ReadOnly(Str()),
                ["url"] = ReadOnly(Str()),
                ["extension"] = ReadOnly(Nullable(Str())),
                ["width"] = ReadOnly(Nullable(Int32())),
                ["height"] = ReadOnly(Nullable(Int32())),
                ["bytes"] = ReadOnly(Nullable(Int32())),
                ["properties"] = ReadOnly(Dict()),
                ["focalPoint"] = Nullable(Ref("ImageFocalPointModel")),
                ["crops"] = Nullable(ArrayOf(Ref("ImageCropModel"))),
                ["path"] = Str(),
                ["createDate"] = Date(),
                ["updateDate"] = Date(),
            }),
            ["ImageCropCoordinatesModel"] = Obj(["x1", "x2", "y1", "y2"], new JsonObject { ["x1"] = Double(), ["y1"] = Double(), ["x2"] = Double(), ["y2"] = Double() }),
            ["ImageCropModel"] = Obj(["height", "width"], new JsonObject
            {
                ["alias"] = Nullable(Str()),
                ["width"] = Int32(),
                ["height"] = Int32(),
                ["coordinates"] = Nullable(Ref("ImageCropCoordinatesModel")),
            }),
            ["ImageFocalPointModel"] = Obj(["left", "top"], new JsonObject { ["left"] = Double(), ["top"] = Double() }),
            ["PagedIApiContentResponseModel"] = Paged("ApiContentResponseModel"),
            ["RichTextModel"] = RichText(),
            ["ApiBlockItemModel"] = Obj(["content"], new JsonObject
            {
                ["content"] = Ref("ApiElementModel"),
                ["settings"] = Nullable(Ref("ApiElementModel")),
            }),
            ["ApiElementModel"] = Obj(["contentType", "id", "properties"], new JsonObject
            {
                ["id"] = Uuid(),
                ["contentType"] = Str(),
                ["properties"] = Dict(),
            }),
            ["PagedIApiMediaWithCropsResponseModel"] = Paged("ApiMediaWithCropsResponseModel"),
            ["ProblemDetails"] = new JsonObject
            {
                ["type"] = "object",
                ["properties"] = new JsonObject
                {
                    ["type"] = Nullable(Str()),
                    ["title"] = Nullable(Str()),
                    ["status"] = Nullable(Int32()),
                    ["detail"] = Nullable(Str()),
                    ["instance"] = Nullable(Str()),
                },
                ["additionalProperties"] = new JsonObject(),
            },
        };
    }
}
