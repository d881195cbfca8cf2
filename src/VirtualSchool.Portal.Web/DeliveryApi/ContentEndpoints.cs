using Microsoft.AspNetCore.Http.HttpResults;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Core.Querying;

namespace VirtualSchool.Portal.Web.DeliveryApi;

/// <summary>
/// The content half of the Delivery API: query, item by path, item by id, items by ids. The group they are mapped in
/// is behind <see cref="DeliveryGate"/>, which hands each handler its <see cref="DeliveryRequest"/>.
/// </summary>
public static class ContentEndpoints
{
    /// <summary>Maps the endpoints in <paramref name="content"/>, the group at <c>.../content</c>.</summary>
    public static RouteGroupBuilder MapContentEndpoints(this RouteGroupBuilder content, string version)
    {
        content.MapGet("", QueryAsync).WithName("GetContent" + version).CacheOutput(DeliveryOutputCache.Policy);
        content.MapGet("item/{id:guid}", ByIdAsync).WithName("GetContentItemById" + version).CacheOutput(DeliveryOutputCache.Policy);
        content.MapGet("item/{**path}", ByPathAsync).WithName("GetContentItemByPath" + version).CacheOutput(DeliveryOutputCache.Policy);
        content.MapGet("items", ByIdsAsync).WithName("GetContentItems" + version).CacheOutput(DeliveryOutputCache.Policy);
        return content;
    }

    private static async Task<IResult> ByPathAsync(HttpContext http, string? path, DeliveryRequest request, [AsParameters] ContentServices services)
    {
        var (context, level) = (request.Context, request.Level);
        // A preview request follows the draft tree (never-published pages and draft renames included), as Umbraco's
        // content cache does for a route in preview; every other request stays on the published cache.
        var item = context.Preview
            ? await services.Drafts.ResolvePathAsync(path ?? "", context.StartItem, http.RequestAborted)
            : context.ResolvePath("/" + (path ?? ""));
        if (item is null)
        {
            return await RedirectAsync(http, context, services.Redirects, path ?? "") ?? DeliveryRequests.NotFound($"No content answers at '/{path}'.");
        }

        return await ItemAsync(http, context, services.Drafts, item, level, draftAlready: context.Preview);
    }

    /// <summary>
    /// As Umbraco: a path that a renamed or moved page used to have answers 301 to the page's route, with the start
    /// item in <c>Location-Start-Item-Path</c> and <c>Location-Start-Item-Id</c>.
    /// </summary>
    private static async Task<IResult?> RedirectAsync(HttpContext http, DeliveryContext context, IRedirectRepository redirects, string path)
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

        var redirect = await redirects.GetAsync(requested, http.RequestAborted);
        if (redirect is null || context.Cache.GetByKey(redirect.NodeKey) is not { Route: not null } target || !context.CanSee(target))
        {
            return null;
        }

        var (route, root) = context.Route(target);
        http.Response.Headers["Location-Start-Item-Path"] = root.UrlSegment;
        http.Response.Headers["Location-Start-Item-Id"] = root.Key.ToString("D");
        return TypedResults.Redirect(route, permanent: true);
    }

    private static async Task<IResult> ByIdAsync(HttpContext http, Guid id, DeliveryRequest request, [AsParameters] ContentServices services)
    {
        var (context, level) = (request.Context, request.Level);
        var item = context.Preview
            ? await services.Drafts.GetAsync(id, http.RequestAborted)
            : context.Cache.GetByKey(id) is { Route: not null } published ? published : null;
        if (item is null)
        {
            return DeliveryRequests.NotFound($"No content has the id {id}.");
        }

        return await ItemAsync(http, context, services.Drafts, item, level, draftAlready: context.Preview);
    }

    private static async Task<IResult> ItemAsync(
        HttpContext http, DeliveryContext context, DeliveryDrafts drafts, PublishedContent item, OutputLevel level, bool draftAlready = false)
    {
        if (context.IsDisallowed(item))
        {
            return DeliveryRequests.NotFound("No content answers here.");
        }

        if (!context.CanSee(item) || !await DraftAncestorsPublicAsync(http, context, drafts, item))
        {
            return Unauthorized();
        }

        if (context.Preview && !draftAlready)
        {
            item = await drafts.GetAsync(item.Key, http.RequestAborted) ?? item;
        }

        return await DeliveryRequests.JsonAsync(http, w => new DeliveryJsonWriter(w, context).WriteContentResponseAsync(item, level));
    }

    private static async Task<IResult> ByIdsAsync(HttpContext http, DeliveryRequest request, [AsParameters] ContentServices services)
    {
        var (context, level) = (request.Context, request.Level);
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
        var drafts = services.Drafts;
        foreach (var key in keys.Distinct())
        {
            var item = context.Preview
                ? await drafts.GetAsync(key, http.RequestAborted)
                : context.Cache.GetByKey(key) is { Route: not null } published ? published : null;
            if (item is null || context.IsDisallowed(item))
            {
                continue;
            }

            if (!context.CanSee(item) || !await DraftAncestorsPublicAsync(http, context, drafts, item))
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

    private static async Task<IResult> QueryAsync(HttpContext http, DeliveryRequest request, [AsParameters] ContentServices services)
    {
        var (context, level) = (request.Context, request.Level);
        var index = services.Index;
        var query = http.Request.Query;
        var parsed = ContentQuery.Parse(
            query["fetch"].ToString(),
            query["filter"].OfType<string>(),
            query["sort"].OfType<string>(),
            query["skip"].ToString(),
            query["take"].ToString(),
            alias => index.KindOfAlias(alias) is { } kind && kind != IndexedKind.None);
        var result = services.Queries.Execute(parsed, context.StartItem, context.ResolvePath, context.CanSee);
        if (result.Status != ContentQueryStatus.Success)
        {
            return QueryProblem(result.Status, result.Detail);
        }

        var items = context.Preview
            ? await services.Drafts.SwapAsync(result.Items, http.RequestAborted)
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
    private static async Task<bool> DraftAncestorsPublicAsync(HttpContext http, DeliveryContext context, DeliveryDrafts drafts, PublishedContent item)
    {
        if (!context.Preview)
        {
            return true;
        }

        var ancestors = await drafts.UnpublishedAncestorsAsync(item, http.RequestAborted);
        return ancestors.All(context.IsPublic);
    }

    /// <summary>As Umbraco: protected content asks an anonymous caller to authenticate, and shows nothing of itself.</summary>
    private static ProblemHttpResult Unauthorized() =>
        TypedResults.Problem(title: "Unauthorized", detail: "This content is restricted to members.", statusCode: StatusCodes.Status401Unauthorized);

    /// <summary>Umbraco's titles for a refused query.</summary>
    public static IResult QueryProblem(ContentQueryStatus status, string? detail) => status switch
    {
        ContentQueryStatus.SelectorOptionNotFound => DeliveryRequests.BadRequest("Selector option not found", detail ?? "The attempted 'fetch' option does not exist"),
        ContentQueryStatus.FilterOptionNotFound => DeliveryRequests.BadRequest("Filter option not found", detail ?? "One of the attempted 'filter' options does not exist"),
        ContentQueryStatus.SortOptionNotFound => DeliveryRequests.BadRequest("Sort option not found", detail ?? "One of the attempted 'sort' options does not exist"),
        _ => DeliveryRequests.BadRequest("Invalid paging", detail),
    };
}
