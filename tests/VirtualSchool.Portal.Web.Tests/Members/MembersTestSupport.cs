using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Web.Members;
using VirtualSchool.Portal.Web.Tests.BackOffice;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Members;

/// <summary>A portal with the back office's settings, generous sign-in limits for members, and helpers to make members.</summary>
public class MembersFactory : BackOfficeFactory
{
    public const string MemberPassword = "a member's long password";

    protected virtual IDictionary<string, string?> MemberSettings => new Dictionary<string, string?>();

    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = new Dictionary<string, string?>(base.Settings) { ["Portal:Members:SignInPermitsPerMinute"] = "10000" };
            foreach (var (key, value) in MemberSettings)
            {
                settings[key] = value;
            }

            return settings;
        }
    }

    /// <summary>A member with a password, straight in the store, as if they accepted an invitation long ago.</summary>
    public async Task<Member> CreateMemberAsync(string email, bool twoFactor, params string[] groups)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Member>>();
        var member = new Member { Id = Guid.NewGuid(), UserName = email, Email = email, EmailConfirmed = true, Name = email.Split('@')[0], CreatedAt = DateTime.UtcNow };
        var result = await users.CreateAsync(member, MemberPassword);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        await users.AddToRolesAsync(member, groups);
        if (twoFactor)
        {
            await users.ResetAuthenticatorKeyAsync(member);
            await users.SetTwoFactorEnabledAsync(member, true);
        }

        return member;
    }

    public async Task<string> AuthenticatorKeyAsync(Member member)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Member>>();
        return (await users.GetAuthenticatorKeyAsync((await users.FindByIdAsync(member.Id.ToString()))!))!;
    }

    /// <summary>A new Board member (with an authenticator app, as the Board requires) signed in through the pages.</summary>
    public Task<HttpClient> SignInBoardMemberAsync() => SignInBoardMemberAsyncIn(MemberGroupNames.ManagementBoard);

    public async Task<HttpClient> SignInBoardMemberAsyncIn(string group) =>
        await SignInMemberAsync(await CreateMemberAsync($"board-{Guid.NewGuid():N}@example.org", true, group));

    public async Task<HttpClient> SignInMemberAsync(Member member)
    {
        var client = CreateBrowserlikeClient();
        var response = await MemberBrowser.SignInAsync(client, member.Email!, MemberPassword);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        if (response.Headers.Location!.OriginalString.StartsWith("/members/login/two-factor", StringComparison.Ordinal))
        {
            var code = BackOfficeBrowser.TotpCode(await AuthenticatorKeyAsync(member));
            var second = await BackOfficeBrowser.PostFormAsync(client, response.Headers.Location.OriginalString, "/members/login/two-factor", new Dictionary<string, string> { ["code"] = code });
            Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        }

        return client;
    }

    /// <summary>The emails (subject and plain text) the outbox delivered to an address, waiting until <paramref name="count"/> arrive.</summary>
    public async Task<IReadOnlyList<string>> MailToAsync(string address, int count = 1, int seconds = 30) =>
        (await MailFolder.WaitForAsync(DataPath, m => m.To.Contains(address, StringComparison.OrdinalIgnoreCase), count, seconds))
            .Select(m => m.Subject + "\n" + m.Text).ToList();
}

public static class MemberBrowser
{
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password, string? returnUrl = null)
    {
        var page = await PortalFactory.ParseAsync(await client.GetAsync("/members/login" + (returnUrl is null ? "" : "?returnUrl=" + Uri.EscapeDataString(returnUrl))));
        var form = page.QuerySelector("form[action='/members/login']")!;
        return await HtmlForms.PostAsync(client, form, new Dictionary<string, string> { ["email"] = email, ["password"] = password });
    }

    /// <summary>The path and query of the first link to the site in an email.</summary>
    public static string Link(string mail, string path)
    {
        var match = Regex.Match(mail, "https?://[^/\\s]+(" + Regex.Escape(path) + "[^\\s]*)");
        Assert.True(match.Success, $"No {path} link in the email");
        return match.Groups[1].Value;
    }
}
