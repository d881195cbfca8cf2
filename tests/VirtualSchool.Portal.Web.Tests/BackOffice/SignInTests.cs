using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Infrastructure.Persistence;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.BackOffice;

/// <summary>Signing in to the back office: passwords, lockout, two-factor, sessions, redirects.</summary>
[Trait("Category", "Integration")]
public sealed class SignInTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    private async Task<List<AuditEntry>> AuditAsync(string action)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await db.AuditLog.AsNoTracking().Where(e => e.Action == action).ToListAsync();
    }

    [Fact]
    public async Task Anonymous_visitors_to_any_back_office_page_are_sent_to_sign_in_and_back()
    {
        var client = factory.CreateBrowserlikeClient();

        foreach (var path in new[] { "/umbraco", "/umbraco/users", "/umbraco/audit", "/umbraco/account/two-factor" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal($"/umbraco/login?returnUrl={Uri.EscapeDataString(path)}", response.Headers.Location!.PathAndQueryOf());
        }
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_email_get_the_same_answer_and_both_are_audited()
    {
        var email = $"writer-{Guid.NewGuid():N}@virtualschool.test";
        await factory.CreateUserAsync(email, "a long enough password", BackOfficeRoles.Writer);
        var client = factory.CreateBrowserlikeClient();

        var wrong = await BackOfficeBrowser.SignInAsync(client, email, "not the password at all");
        var unknown = await BackOfficeBrowser.SignInAsync(client, "nobody-" + email, "not the password at all");

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        string Message(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelector(".govuk-error-summary__list")!.TextContent.Trim();
        Assert.Equal(Message(await PortalFactory.ParseAsync(wrong)), Message(await PortalFactory.ParseAsync(unknown)));
        var failures = await AuditAsync(AuditActions.SignInFailed);
        Assert.Contains(failures, f => f.UserName == email);
        Assert.Contains(failures, f => f.UserName == "nobody-" + email);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var email = $"editor-{Guid.NewGuid():N}@virtualschool.test";
        await factory.CreateUserAsync(email, "the right password here", BackOfficeRoles.Editor);
        var client = factory.CreateBrowserlikeClient();

        for (var i = 0; i < 5; i++)
        {
            await BackOfficeBrowser.SignInAsync(client, email, "a wrong password " + i);
        }

        var right = await BackOfficeBrowser.SignInAsync(client, email, "the right password here");

        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
        Assert.Contains("locked", (await PortalFactory.ParseAsync(right)).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(await AuditAsync(AuditActions.LockedOut), e => e.UserName == email);
    }

    [Fact]
    public async Task An_editor_signs_in_is_audited_and_reaches_the_dashboard_but_not_the_users_page()
    {
        var email = $"editor-{Guid.NewGuid():N}@virtualschool.test";
        await factory.CreateUserAsync(email, "the right password here", BackOfficeRoles.Editor);
        var client = factory.CreateBrowserlikeClient();

        var signedIn = await BackOfficeBrowser.SignInAsync(client, email, "the right password here", returnUrl: "/umbraco");

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/umbraco", signedIn.Headers.Location!.OriginalString);
        var dashboard = await client.GetAsync("/umbraco");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Equal("no-store", dashboard.Headers.CacheControl!.ToString());
        Assert.Contains(await AuditAsync(AuditActions.SignIn), e => e.UserName == email);

        foreach (var path in new[] { "/umbraco/users", "/umbraco/audit", "/umbraco/users/invite" })
        {
            var refused = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.StartsWith("/umbraco/denied", refused.Headers.Location!.PathAndQueryOf(), StringComparison.Ordinal);
        }

        var post = await client.PostAsync($"/umbraco/users/{Guid.NewGuid()}/disable", new FormUrlEncodedContent(new Dictionary<string, string>()));
        Assert.True(post.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.BadRequest, post.StatusCode.ToString());
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/umbraco/denied")).StatusCode);
    }

    [Fact]
    public async Task Sign_in_never_redirects_off_the_back_office()
    {
        var email = $"writer-{Guid.NewGuid():N}@virtualschool.test";
        await factory.CreateUserAsync(email, "the right password here", BackOfficeRoles.Writer);

        foreach (var target in new[] { "https://evil.example/", "//evil.example/", "/\\evil.example", "/admissions" })
        {
            var client = factory.CreateBrowserlikeClient();
            var response = await BackOfficeBrowser.SignInAsync(client, email, "the right password here", returnUrl: target);
            Assert.Equal("/umbraco", response.Headers.Location!.OriginalString);
        }
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var client = factory.CreateBrowserlikeClient();
        await BackOfficeBrowser.SignInAsync(client, BackOfficeFactory.AdminEmail, BackOfficeFactory.AdminPassword);

        var response = await client.PostAsync("/umbraco/logout", new FormUrlEncodedContent(new Dictionary<string, string>()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_administrator_must_turn_on_two_factor_then_signs_in_with_a_code_or_a_recovery_code_once()
    {
        var email = $"admin-{Guid.NewGuid():N}@virtualschool.test";
        await factory.CreateUserAsync(email, "an administrator password", BackOfficeRoles.Administrator);
        var client = factory.CreateBrowserlikeClient();
        await BackOfficeBrowser.SignInAsync(client, email, "an administrator password");

        var forced = await client.GetAsync("/umbraco/users");
        Assert.Equal(HttpStatusCode.Redirect, forced.StatusCode);
        Assert.Equal("/umbraco/account/two-factor?required=1", forced.Headers.Location!.OriginalString);

        var setup = await PortalFactory.ParseAsync(await client.GetAsync("/umbraco/account/two-factor"));
        Assert.StartsWith("data:image/png;base64,", setup.QuerySelector("img")!.GetAttribute("src"), StringComparison.Ordinal);
        var key = (await factory.AuthenticatorKeyAsync(email))!;
        var wrong = await HtmlForms.PostAsync(client, setup.QuerySelector("form[action='/umbraco/account/two-factor']")!, new Dictionary<string, string> { ["code"] = "000000" == BackOfficeBrowser.TotpCode(key) ? "111111" : "000000" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var enabled = await HtmlForms.PostAsync(client, setup.QuerySelector("form[action='/umbraco/account/two-factor']")!, new Dictionary<string, string> { ["code"] = BackOfficeBrowser.TotpCode(key) });
        var codes = (await PortalFactory.ParseAsync(enabled)).QuerySelectorAll("#recovery-codes code").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(10, codes.Count);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/umbraco/users")).StatusCode);

        // Next time: password, then the app's code.
        var second = factory.CreateBrowserlikeClient();
        var password = await BackOfficeBrowser.SignInAsync(second, email, "an administrator password");
        Assert.StartsWith("/umbraco/login/two-factor", password.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await second.GetAsync("/umbraco")).StatusCode);
        var badCode = await BackOfficeBrowser.PostFormAsync(second, "/umbraco/login/two-factor", "/umbraco/login/two-factor", new Dictionary<string, string> { ["code"] = "12345x" });
        Assert.Equal(HttpStatusCode.BadRequest, badCode.StatusCode);
        // The code that turned two-factor on has been used: the app's next one signs in.
        var withCode = await BackOfficeBrowser.PostFormAsync(second, "/umbraco/login/two-factor", "/umbraco/login/two-factor", new Dictionary<string, string> { ["code"] = BackOfficeBrowser.TotpCode(key, stepOffset: 1) });
        Assert.Equal("/umbraco", withCode.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/umbraco/audit")).StatusCode);

        // A recovery code works once.
        var third = factory.CreateBrowserlikeClient();
        await BackOfficeBrowser.SignInAsync(third, email, "an administrator password");
        var recovered = await BackOfficeBrowser.PostFormAsync(third, "/umbraco/login/two-factor", "/umbraco/login/two-factor", new Dictionary<string, string> { ["recoveryCode"] = codes[0] });
        Assert.Equal("/umbraco", recovered.Headers.Location!.OriginalString);
        var fourth = factory.CreateBrowserlikeClient();
        await BackOfficeBrowser.SignInAsync(fourth, email, "an administrator password");
        var reused = await BackOfficeBrowser.PostFormAsync(fourth, "/umbraco/login/two-factor", "/umbraco/login/two-factor", new Dictionary<string, string> { ["recoveryCode"] = codes[0] });
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
    }

    [Fact]
    public async Task Signing_out_everywhere_ends_the_users_other_sessions_at_their_next_request()
    {
        var email = $"clerk-{Guid.NewGuid():N}@virtualschool.test";
        await factory.CreateUserAsync(email, "a clerk's long password", BackOfficeRoles.BoardClerk);
        var laptop = factory.CreateBrowserlikeClient();
        var phone = factory.CreateBrowserlikeClient();
        await BackOfficeBrowser.SignInAsync(laptop, email, "a clerk's long password");
        await BackOfficeBrowser.SignInAsync(phone, email, "a clerk's long password");
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/umbraco")).StatusCode);

        await BackOfficeBrowser.PostFormAsync(laptop, "/umbraco/account/two-factor", "/umbraco/account/sign-out-everywhere");

        Assert.Equal(HttpStatusCode.Redirect, (await phone.GetAsync("/umbraco")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await laptop.GetAsync("/umbraco")).StatusCode);
    }

    [Fact]
    public async Task The_audit_log_refuses_to_change_or_delete_entries()
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var client = factory.CreateBrowserlikeClient();
        await BackOfficeBrowser.SignInAsync(client, "someone@virtualschool.test", "whatever password");
        Assert.True(await db.AuditLog.AnyAsync());

        await Assert.ThrowsAnyAsync<Exception>(() => db.AuditLog.ExecuteDeleteAsync());
        await Assert.ThrowsAnyAsync<Exception>(() => db.AuditLog.ExecuteUpdateAsync(s => s.SetProperty(e => e.Action, "nothing")));
        Assert.True(await db.AuditLog.AnyAsync(e => e.Action == AuditActions.SignInFailed));
    }
}
