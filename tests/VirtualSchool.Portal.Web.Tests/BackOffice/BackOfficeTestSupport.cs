using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.BackOffice;

/// <summary>A portal whose first administrator comes from configuration, as an unattended install does.</summary>
public class BackOfficeFactory : PortalFactory
{

    public const string AdminEmail = "admin@virtualschool.test";
    public const string AdminPassword = "correct horse battery staple";

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Portal:Install:AdminEmail"] = AdminEmail,
        ["Portal:Install:AdminPassword"] = AdminPassword,
        ["Portal:Security:SignInPermitsPerMinute"] = "10000",
    };

    /// <summary>Creates a user with a password and roles straight in the store, as if invited long ago.</summary>
    public async Task<BackOfficeUser> CreateUserAsync(string email, string password, params string[] roles)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>();
        var user = new BackOfficeUser { Id = Guid.NewGuid(), UserName = email, Email = email, EmailConfirmed = true, Name = email.Split('@')[0], CreatedAt = DateTime.UtcNow };
        var result = await users.CreateAsync(user, password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        await users.AddToRolesAsync(user, roles);
        return user;
    }

    /// <summary>A new administrator (with an authenticator app), signed in through the login and two-factor pages.</summary>
    public async Task<HttpClient> SignInAdministratorAsync()
    {
        var email = $"admin-{Guid.NewGuid():N}@virtualschool.test";
        await CreateAdministratorAsync(email, "an administrator password");
        var client = CreateBrowserlikeClient();
        await BackOfficeBrowser.SignInAsync(client, email, "an administrator password");
        var key = (await AuthenticatorKeyAsync(email))!;
        await BackOfficeBrowser.PostFormAsync(client, "/umbraco/login/two-factor", "/umbraco/login/two-factor", new Dictionary<string, string> { ["code"] = BackOfficeBrowser.TotpCode(key) });
        return client;
    }

    /// <summary>A new administrator with an authenticator app set up (its key from <see cref="AuthenticatorKeyAsync"/>), not signed in.</summary>
    public async Task CreateAdministratorAsync(string email, string password)
    {
        await CreateUserAsync(email, password, BackOfficeRoles.Administrator);
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        await users.SetTwoFactorEnabledAsync(user, true);
        await users.ResetAuthenticatorKeyAsync(user);
    }

    /// <summary>A new user with one role that needs no two-factor, signed in through the login page.</summary>
    public async Task<HttpClient> SignInAsync(string role)
    {
        var email = $"{role.Replace(' ', '-').ToLowerInvariant()}-{Guid.NewGuid():N}@virtualschool.test";
        await CreateUserAsync(email, "a long enough password", role);
        var client = CreateBrowserlikeClient();
        await BackOfficeBrowser.SignInAsync(client, email, "a long enough password");
        return client;
    }

    public async Task<string?> AuthenticatorKeyAsync(string email)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>();
        return await users.GetAuthenticatorKeyAsync((await users.FindByEmailAsync(email))!);
    }
}

/// <summary>Signs in through the real pages, as a browser would.</summary>
public static class BackOfficeBrowser
{
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password, string? returnUrl = null)
    {
        var page = await PortalFactory.ParseAsync(await client.GetAsync("/umbraco/login" + (returnUrl is null ? "" : "?returnUrl=" + Uri.EscapeDataString(returnUrl))));
        var form = page.QuerySelector("form[action='/umbraco/login']")!;
        return await HtmlForms.PostAsync(client, form, new Dictionary<string, string> { ["email"] = email, ["password"] = password });
    }

    /// <summary>Posts a back-office form found on a page (the page supplies the antiforgery token).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string pagePath, string formAction, IDictionary<string, string>? fields = null)
    {
        var response = await client.GetAsync(pagePath);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{pagePath} answered {response.StatusCode}");
        var page = await PortalFactory.ParseAsync(response);
        var form = page.QuerySelector($"form[action='{formAction}']") ?? throw new InvalidOperationException($"No form posting to {formAction} on {pagePath}");
        return await HtmlForms.PostAsync(client, form, fields ?? new Dictionary<string, string>());
    }

    /// <summary>The current code of an authenticator app (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits).</summary>
    public static string TotpCode(string base32Key, int stepOffset = 0)
    {
        var key = Base32Decode(base32Key);
        var counter = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30 + stepOffset;
        var message = new byte[8];
        for (var i = 7; i >= 0; i--)
        {
            message[i] = (byte)(counter & 0xff);
            counter >>= 8;
        }

#pragma warning disable CA5350 // RFC 6238 authenticator codes are defined over HMAC-SHA1; this reproduces what a phone app computes.
        var hash = HMACSHA1.HashData(key, message);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32Decode(string input)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var clean = input.Replace(" ", "", StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant();
        var output = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in clean)
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                output.Add((byte)((buffer >> (bits - 8)) & 0xff));
                bits -= 8;
            }
        }

        return [.. output];
    }
}
