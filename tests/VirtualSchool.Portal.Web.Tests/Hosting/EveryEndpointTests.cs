using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Infrastructure.Persistence;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Tests.BackOffice;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Hosting;

/// <summary>
/// Every route the portal maps, asked with nonsense: unknown ids, malformed query strings, garbage form fields,
/// no antiforgery token, as a stranger and as an administrator. Nothing may answer 5xx, and no form may be
/// accepted without its token.
/// </summary>
[Trait("Category", "Integration")]
public sealed class EveryEndpointTests(BackOfficeFactory portal) : IClassFixture<BackOfficeFactory>
{
    private const string Garbage =
        "?page=-1&take=abc&skip=x&sort=%3B%3B&filter=%00&fetch=children%3Azzz&expand=properties%5B&fields=%5D" +
        "&q=%3Cscript%3E&from=2026-13-45&to=yesterday&audience=%FF&month=13-2026&returnUrl=https%3A%2F%2Fevil.example" +
        "&id=not-a-guid&id=&format=exe&closures=maybe&parent=zzz&level=-5&token=%25%25";

    /// <summary>The whole garbage query string, then each of its parameters alone (one bad value must not hide the next).</summary>
    private static readonly string[] GarbageQueries =
        [Garbage, .. Garbage.TrimStart('?').Split('&').Select(p => "?" + p).Distinct()];

    private static readonly Dictionary<string, string> GarbageFields = new()
    {
        ["name"] = new string('x', 5000),
        ["email"] = "not an email",
        ["page"] = "-1",
        ["key"] = "not-a-guid",
        ["id"] = "not-a-guid",
        ["parent"] = "zzz",
        ["groups"] = "\u0000",
        ["date.day"] = "99",
        ["date.month"] = "13",
        ["date.year"] = "-1",
        ["startsAt"] = "never",
        ["capacity"] = "-7",
        ["code"] = "abc",
        ["password"] = "x",
        ["useful"] = "perhaps",
        ["returnUrl"] = "https://evil.example/",
    };

    /// <summary>
    /// Every GET and POST route with its parameters filled in: a guid is the real item's key where
    /// <paramref name="keys"/> has one for the path so far (the longest prefix wins), a new guid otherwise.
    /// </summary>
    private List<(string Method, string Path)> Routes(IReadOnlyDictionary<string, Guid>? keys = null)
    {
        _ = portal.CreateClient(); // the host is built, and its endpoints mapped, on the first client
        var endpoints = portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var routes = new List<(string Method, string Path)>();
        foreach (var endpoint in endpoints)
        {
            var path = "";
            foreach (var segment in endpoint.RoutePattern.PathSegments)
            {
                path += "/" + string.Concat(segment.Parts.Select(part => Part(part, path, keys)));
            }

            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            routes.AddRange(methods.Where(m => m is "GET" or "POST").Select(m => (m, path == "" ? "/" : path)));
        }

        return routes.Distinct().OrderBy(r => r.Path, StringComparer.Ordinal).ToList();
    }

    private static string Part(RoutePatternPart part, string pathSoFar, IReadOnlyDictionary<string, Guid>? keys) => part switch
    {
        RoutePatternLiteralPart literal => literal.Content,
        RoutePatternSeparatorPart separator => separator.Content,
        RoutePatternParameterPart { IsCatchAll: true } => "no/such/thing",
        RoutePatternParameterPart parameter when parameter.ParameterPolicies.Any(p => p.Content is "guid") =>
            (keys?.Where(k => pathSoFar.StartsWith(k.Key, StringComparison.Ordinal)).OrderByDescending(k => k.Key.Length).Select(k => (Guid?)k.Value).FirstOrDefault()
                ?? Guid.NewGuid()).ToString(),
        RoutePatternParameterPart parameter when parameter.ParameterPolicies.Any(p => p.Content is "int" or "long") => "987654",
        _ => "zzz-unknown",
    };

    private static async Task<List<string>> GetAllAsync(HttpClient client, string path)
    {
        var failures = new List<string>();
        foreach (var query in GarbageQueries)
        {
            using var response = await client.GetAsync(path + query);
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"GET {path}{query}: {(int)response.StatusCode}");
            }
        }

        return failures;
    }

    /// <summary>A success, or a redirect anywhere but a sign-in page (a form posted, redirect, get).</summary>
    private static bool Accepted(HttpResponseMessage response) =>
        response.IsSuccessStatusCode
        || ((int)response.StatusCode is >= 300 and < 400
            && response.Headers.Location?.OriginalString is { } location
            && !location.StartsWith("/umbraco/login", StringComparison.Ordinal)
            && !location.StartsWith("/members/login", StringComparison.Ordinal)
            && !location.Contains("/umbraco/login?", StringComparison.Ordinal)
            && !location.Contains("/members/login?", StringComparison.Ordinal));

    [Fact]
    public async Task No_route_answers_a_stranger_with_a_server_error_and_no_form_is_accepted_without_its_token()
    {
        var routes = Routes();
        Assert.True(routes.Count > 100, $"only {routes.Count} routes found");
        Assert.True(routes.Count(r => r.Method == "POST") > 50, "too few forms found");
        var client = portal.CreateBrowserlikeClient();
        var failures = new List<string>();
        foreach (var (method, path) in routes)
        {
            if (method == "GET")
            {
                failures.AddRange(await GetAllAsync(client, path));
                continue;
            }

            using var response = await client.PostAsync(path, new FormUrlEncodedContent(GarbageFields));
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"{method} {path}: {(int)response.StatusCode}");
            }
            else if (Accepted(response))
            {
                failures.Add($"POST {path} accepted a form with no antiforgery token: {(int)response.StatusCode} {response.Headers.Location}");
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task No_route_answers_an_administrator_with_a_server_error_even_given_garbage_with_a_valid_token()
    {
        // Real items, so the garbage reaches the forms' validation rather than stopping at "not found".
        var published = portal.Services.GetRequiredService<IPublishedContentCache>();
        var editor = await portal.CreateUserAsync($"garbage-{Guid.NewGuid():N}@virtualschool.test", "a long enough password", BackOfficeRoles.Editor);
        Guid session, media;
        await using (var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            session = await db.TrainingSessions.Select(s => s.Key).FirstAsync();
            media = (await db.MediaItems.ToListAsync()).First(m => !m.IsFolder).Key;
        }

        var keys = new Dictionary<string, Guid>
        {
            ["/umbraco/content"] = published.GetByRoute("/admissions")!.Key,
            ["/umbraco/media"] = media,
            ["/umbraco/training/sessions"] = session,
            ["/training"] = session,
            ["/umbraco/users"] = editor.Id,
        };
        var routes = Routes(keys);
        var client = await portal.SignInAdministratorAsync();
        var token = (await PortalFactory.ParseAsync(await client.GetAsync("/umbraco/users/invite")))
            .QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var failures = new List<string>();
        // Signing out (or out everywhere) would end the session half way: those go last, once the session is
        // shown to have lasted through everything else (so nothing above was asked signed out).
        static bool SignsOut((string Method, string Path) r) => r.Path.Contains("logout", StringComparison.Ordinal) || r.Path.Contains("sign-out", StringComparison.Ordinal);
        var checkedSession = false;
        foreach (var (method, path) in routes.Where(r => !SignsOut(r)).Concat(routes.Where(SignsOut)))
        {
            if (SignsOut((method, path)) && !checkedSession)
            {
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/umbraco/users")).StatusCode);
                checkedSession = true;
            }

            if (method == "GET")
            {
                failures.AddRange(await GetAllAsync(client, path));
                continue;
            }

            using var response = await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>(GarbageFields) { ["__RequestVerificationToken"] = token }));
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"{method} {path}: {(int)response.StatusCode}");
            }
        }

        Assert.Empty(failures);
    }
}
