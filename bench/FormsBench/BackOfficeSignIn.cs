using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Web.BackOffice.Users;

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

        await PostFormAsync(client, "/umbraco/login/two-factor", new() { ["code"] = TotpCode(key) });
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

    // RFC 6238 authenticator code (HMAC-SHA1, 30-second steps, 6 digits), as a phone app computes it.
    private static string TotpCode(string base32Key)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var key = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in base32Key.Replace(" ", "", StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant())
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                key.Add((byte)((buffer >> (bits - 8)) & 0xff));
                bits -= 8;
            }
        }

        var counter = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
        var message = new byte[8];
        for (var i = 7; i >= 0; i--)
        {
            message[i] = (byte)(counter & 0xff);
            counter >>= 8;
        }

#pragma warning disable CA5350 // RFC 6238 authenticator codes are defined over HMAC-SHA1; this reproduces what a phone app computes.
        var hash = HMACSHA1.HashData(key.ToArray(), message);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }
}
