using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Core.Querying;

namespace VirtualSchool.Portal.Web.DeliveryApi;

/// <summary>The content half of the Delivery API: query, item by path, item by id, items by ids.</summary>
public static class ContentEndpoints
{
    public static void MapContentEndpoints(this RouteGroupBuilder api, string version)
    {
        api.MapGet("content", (Func<HttpContext, Task<IResult>>)QueryAsync).WithName("GetContent" + version).CacheOutput(DeliveryOutputCache.Policy);
        api.MapGet("content/item/{id:guid}", ByIdAsync).WithName("GetContentItemById" + version).CacheOutput(DeliveryOutputCache.Policy);
        api.MapGet("content/item/{**path}", ByPathAsync).WithName("GetContentItemByPath" + version).CacheOutput(DeliveryOutputCache.Policy);
        api.MapGet("content/items", (Func<HttpContext, Task<IResult>>)ByIdsAsync).WithName("GetContentItems" + version).CacheOutput(DeliveryOutputCache.Policy);
    }

    private static async Task<IResult> ByPathAsync(HttpContext http, string? path)
    {
        var (context, problem) = DeliveryRequests.Begin(http, content: true);
        if (context is null)
        {
            return problem!;
        }

        if (!TryLevel(http, out var level, out var levelProblem))
        {
            return levelProblem!;
        }

        // A preview request follows the draft tree (never-published pages and draft renames included), as Umbraco's
        // content cache does for a route in preview; every other request stays on the published cache.
        var item = context.Preview
            ? await http.RequestServices.GetRequiredService<DeliveryDrafts>().ResolvePathAsync(path ?? "", context.StartItem, http.RequestAborted)
            : context.ResolvePath("/" + (path ?? ""));
        if (item is null)
        {
            return await RedirectAsync(http, context, path ?? "") ?? DeliveryRequests.NotFound($"No content answers at '/{path}'.");
        }

        return await ItemAsync(http, context, item, level, draftAlready: context.Preview);
    }

    /// <summary>
    /// As Umbraco: a path that a renamed or moved page used to have answers 301 to the page's route, with the start
    /// item in <c>Location-Start-Item-Path</c> and <c>Location-Start-Item-Id</c>.
    /// </summary>
    private static async Task<IResult?> RedirectAsync(HttpContext http, DeliveryContext context, string path)
    {
        var requested = PublishedContentCache.NormaliseRoute("/" + Uri.UnescapeDataString(path));
        if (requested is null)
        {
            return null;
        }

        if (context.StartItem?.Route is { } start && start != "/")
        {
            requested = requested == "/" ? start : start + requested;
        }

        var redirect = await http.RequestServices.GetRequiredService<VirtualSchool.Portal.Core.Content.IRedirectRepository>().GetAsync(requested, http.RequestAborted);
        if (redirect is null || context.Cache.GetByKey(redirect.NodeKey) is not { Route: not null } target || !context.CanSee(target))
        {
            return null;
        }

        var (route, root) = context.Route(target);
        http.Response.Headers["Location-Start-Item-Path"] = root.UrlSegment;
        http.Response.Headers["Location-Start-Item-Id"] = root.Key.ToString("D");
        return Results.Redirect(route, permanent: true);
    }

    private static async Task<IResult> ByIdAsync(HttpContext http, Guid id)
    {
        var (context, problem) = DeliveryRequests.Begin(http, content: true);
        if (context is null)
        {
            return problem!;
        }

        if (!TryLevel(http, out var level, out var levelProblem))
        {
            return levelProblem!;
        }

        var item = context.Preview
            ? await http.RequestServices.GetRequiredService<DeliveryDrafts>().GetAsync(id, http.RequestAborted)
            : context.Cache.GetByKey(id) is { Route: not null } published ? published : null;
        if (item is null)
        {
            return DeliveryRequests.NotFound($"No content has the id {id}.");
        }

        return await ItemAsync(http, context, item, level, draftAlready: context.Preview);
    }

    private static async Task<IResult> ItemAsync(HttpContext http, DeliveryContext context, PublishedContent item, OutputLevel level, bool draftAlready = false)
    {
        if (context.IsDisallowed(item))
        {
            return DeliveryRequests.NotFound("No content answers here.");
        }

        if (!context.CanSee(item) || !await DraftAncestorsPublicAsync(http, context, item))
        {
            return Unauthorized();
        }

        if (context.Preview && !draftAlready)
        {
            item = await http.RequestServices.GetRequiredService<DeliveryDrafts>().GetAsync(item.Key, http.RequestAborted) ?? item;
        }

        return await DeliveryRequests.JsonAsync(http, w => new DeliveryJsonWriter(w, context).WriteContentResponseAsync(item, level));
    }

    private static async Task<IResult> ByIdsAsync(HttpContext http)
    {
        var (context, problem) = DeliveryRequests.Begin(http, content: true);
        if (context is null)
        {
            return problem!;
        }

        if (!TryLevel(http, out var level, out var levelProblem))
        {
            return levelProblem!;
        }

        var keys = new List<Guid>();
        foreach (var id in http.Request.Query["id"])
        {
            if (!Guid.TryParse(id, out var key))
            {
                return DeliveryRequests.BadRequest("Invalid id", $"'{id}' is not a GUID.");
            }

            keys.Add(key);
        }

        var items = new List<PublishedContent>();
        var drafts = http.RequestServices.GetRequiredService<DeliveryDrafts>();
        foreach (var key in keys.Distinct())
        {
            var item = context.Preview
                ? await drafts.GetAsync(key, http.RequestAborted)
                : context.Cache.GetByKey(key) is { Route: not null } published ? published : null;
            if (item is null || context.IsDisallowed(item))
            {
                continue;
            }

            if (!context.CanSee(item) || !await DraftAncestorsPublicAsync(http, context, item))
            {
                // As Umbraco's ByIdsContentApiController (HandleMemberAccessAsync over every item found): one protected
                // item refuses the whole request, so a client learns it must authenticate rather than get a short list.
                return Unauthorized();
            }

            items.Add(item);
        }

        return await DeliveryRequests.JsonAsync(http, async w =>
        {
            var writer = new DeliveryJsonWriter(w, context);
            w.WriteStartArray();
            foreach (var item in items)
            {
                await writer.WriteContentResponseAsync(item, level);
            }

            w.WriteEndArray();
        });
    }

    private static async Task<IResult> QueryAsync(HttpContext http)
    {
        var (context, problem) = DeliveryRequests.Begin(http, content: true);
        if (context is null)
        {
            return problem!;
        }

        if (!TryLevel(http, out var level, out var levelProblem))
        {
            return levelProblem!;
        }

        var index = http.RequestServices.GetRequiredService<PublishedContentIndex>();
        var query = http.Request.Query;
        var parsed = ContentQuery.Parse(
            query["fetch"].ToString(),
            query["filter"].OfType<string>(),
            query["sort"].OfType<string>(),
            query["skip"].ToString(),
            query["take"].ToString(),
            alias => index.KindOfAlias(alias) is { } kind && kind != IndexedKind.None);
        var result = http.RequestServices.GetRequiredService<ContentQueryExecutor>()
            .Execute(parsed, context.StartItem, context.ResolvePath, context.CanSee);
        if (result.Status != ContentQueryStatus.Success)
        {
            return QueryProblem(result.Status, result.Detail);
        }

        var items = context.Preview
            ? await http.RequestServices.GetRequiredService<DeliveryDrafts>().SwapAsync(result.Items, http.RequestAborted)
            : result.Items;
        return await DeliveryRequests.JsonAsync(http, async w =>
        {
            var writer = new DeliveryJsonWriter(w, context);
            w.WriteStartObject();
            w.WriteNumber("total", result.Total);
            w.WriteStartArray("items");
            foreach (var item in items)
            {
                await writer.WriteContentResponseAsync(item, level);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    /// <summary>
    /// In preview, whether the drafts above a draft that the published cache does not hold are public too: access rules
    /// are followed through the published cache, which would stop at them and miss a restriction on or above them.
    /// </summary>
    private static async Task<bool> DraftAncestorsPublicAsync(HttpContext http, DeliveryContext context, PublishedContent item)
    {
        if (!context.Preview)
        {
            return true;
        }

        var ancestors = await http.RequestServices.GetRequiredService<DeliveryDrafts>().UnpublishedAncestorsAsync(item, http.RequestAborted);
        return ancestors.All(context.IsPublic);
    }

    /// <summary>As Umbraco: protected content asks an anonymous caller to authenticate, and shows nothing of itself.</summary>
    private static IResult Unauthorized() =>
        Results.Problem(title: "Unauthorized", detail: "This content is restricted to members.", statusCode: StatusCodes.Status401Unauthorized);

    /// <summary>Umbraco's titles for a refused query.</summary>
    public static IResult QueryProblem(ContentQueryStatus status, string? detail) => status switch
    {
        ContentQueryStatus.SelectorOptionNotFound => DeliveryRequests.BadRequest("Selector option not found", detail ?? "The attempted 'fetch' option does not exist"),
        ContentQueryStatus.FilterOptionNotFound => DeliveryRequests.BadRequest("Filter option not found", detail ?? "One of the attempted 'filter' options does not exist"),
        ContentQueryStatus.SortOptionNotFound => DeliveryRequests.BadRequest("Sort option not found", detail ?? "One of the attempted 'sort' options does not exist"),
        _ => DeliveryRequests.BadRequest("Invalid paging", detail),
    };

    /// <summary>Reads <c>expand</c> and <c>fields</c>; malformed ones are a 400.</summary>
    public static bool TryLevel(HttpContext http, out OutputLevel level, out IResult? problem)
    {
        level = OutputLevel.Collapsed;
        problem = null;
        var expandText = http.Request.Query["expand"].ToString();
        var fieldsText = http.Request.Query["fields"].ToString();
        if (!PropertySelection.TryParse(expandText, out var expand))
        {
            problem = DeliveryRequests.BadRequest("Invalid expand", $"'{expandText}' is not properties[$all], properties[alias1,alias2] or nested properties[alias[properties[...]]].");
            return false;
        }

        if (!PropertySelection.TryParse(fieldsText, out var fields))
        {
            problem = DeliveryRequests.BadRequest("Invalid fields", $"'{fieldsText}' is not properties[$all], properties[alias1,alias2] or nested properties[alias[properties[...]]].");
            return false;
        }

        level = new OutputLevel(expand, fields);
        return true;
    }
}
