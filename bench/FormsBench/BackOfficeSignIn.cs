using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Web.BackOffice.Users;

using PortalBench;

namespace FormsBench;

/// <summary>Signs a new administrator in through the real sign-in pages, with an authenticator app, as a person would.</summary>
public static class BackOfficeSignIn
{
    private static readonly HtmlParser Parser = new();

    public static async Task<HttpClient> AsAdministratorAsync(BenchFactory factory, string password)
    {
        var client = factory.CreateBrowserlikeClient();
        string key;
        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>();
            var email = "bench-forms-2fa@virtualschool.test";
            var user = new BackOfficeUser { Id = Guid.NewGuid(), UserName = email, Email = email, EmailConfirmed = true, Name = "bench", CreatedAt = DateTime.UtcNow };
            Check((await users.CreateAsync(user, password)).Succeeded, "creating the administrator");
            Check((await users.AddToRolesAsync(user, [BackOfficeRoles.Administrator])).Succeeded, "making them an administrator");
            await users.SetTwoFactorEnabledAsync(user, true);
            await users.ResetAuthenticatorKeyAsync(user);
            key = (await users.GetAuthenticatorKeyAsync(user))!;
            await PostFormAsync(client, "/umbraco/login", new() { ["email"] = email, ["password"] = password });
        }

        await PostFormAsync(client, "/umbraco/login/two-factor", new() { ["code"] = Totp.Code(key) });
        return client;
    }

    private static async Task PostFormAsync(HttpClient client, string path, Dictionary<string, string> changes)
    {
        using var page = await client.GetAsync(path);
        Check(page.StatusCode == HttpStatusCode.OK, $"GET {path} answered {page.StatusCode}");
        var document = await Parser.ParseDocumentAsync(await page.Content.ReadAsStringAsync());
        var form = document.QuerySelector($"form[action='{path}']") ?? throw new InvalidOperationException($"No form posting to {path}");
        var fields = form.QuerySelectorAll("input[name]")
            .Where(e => e.GetAttribute("type") is not ("submit" or "button" or "checkbox" or "radio") || e.HasAttribute("checked"))
            .GroupBy(e => e.GetAttribute("name")!)
            .ToDictionary(g => g.Key, g => g.First().GetAttribute("value") ?? "");
        foreach (var (name, value) in changes)
        {
            fields[name] = value;
        }

        using var posted = await client.PostAsync(path, new FormUrlEncodedContent(fields));
        Check(posted.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther, $"POST {path} answered {posted.StatusCode}");
    }

    private static void Check(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException("Failed: " + what);
        }
    }
}
