using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.BackOffice;

/// <summary>An administrator invites, changes and disables users.</summary>
[Trait("Category", "Integration")]
public sealed partial class UsersTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    private Task<HttpClient> AdministratorAsync() => factory.SignInAdministratorAsync();

    [Fact]
    public async Task An_invited_user_sets_a_password_from_the_emailed_link_once_and_signs_in()
    {
        var admin = await AdministratorAsync();
        var email = $"new-{Guid.NewGuid():N}@virtualschool.test";

        var invited = await BackOfficeBrowser.PostFormAsync(admin, "/umbraco/users/invite", "/umbraco/users/invite",
            new Dictionary<string, string> { ["name"] = "Nia Writer", ["email"] = email, ["roles"] = BackOfficeRoles.Writer });

        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        // The invitation goes through the outbox: it is sent by the outbox job a moment after the commit.
        var mail = Assert.Single(await MailFolder.WaitForAsync(factory.DataPath, m => m.To.Contains(email, StringComparison.Ordinal)));
        Assert.Equal("You have been invited to the Virtual School back office", mail.Subject);
        Assert.Contains("Set your password", mail.Html, StringComparison.Ordinal);
        var link = new Uri(LinkPattern().Match(mail.Text!).Value);
        var anonymous = factory.CreateBrowserlikeClient();
        var set = await BackOfficeBrowser.PostFormAsync(anonymous, link.PathAndQuery, "/umbraco/invitation",
            new Dictionary<string, string> { ["password"] = "nia's own long password", ["confirmPassword"] = "nia's own long password" });
        Assert.Equal("/umbraco/login?invited=true", set.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await BackOfficeBrowser.SignInAsync(anonymous, email, "nia's own long password")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/umbraco")).StatusCode);

        var again = await factory.CreateBrowserlikeClient().GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("expired or has already been used", (await PortalFactory.ParseAsync(again)).QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invitation_needs_a_name_a_valid_unused_email_and_a_role()
    {
        var admin = await AdministratorAsync();

        var response = await BackOfficeBrowser.PostFormAsync(admin, "/umbraco/users/invite", "/umbraco/users/invite",
            new Dictionary<string, string> { ["name"] = "", ["email"] = "not-an-email" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var links = (await PortalFactory.ParseAsync(response)).QuerySelectorAll(".govuk-error-summary a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#name", "#email", "#roles"], links);
    }

    [Fact]
    public async Task A_disabled_user_is_signed_out_at_once_and_cannot_sign_in_again()
    {
        var admin = await AdministratorAsync();
        var email = $"editor-{Guid.NewGuid():N}@virtualschool.test";
        var editor = await factory.CreateUserAsync(email, "an editor's long password", BackOfficeRoles.Editor);
        var session = factory.CreateBrowserlikeClient();
        await BackOfficeBrowser.SignInAsync(session, email, "an editor's long password");
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/umbraco")).StatusCode);

        await BackOfficeBrowser.PostFormAsync(admin, "/umbraco/users", $"/umbraco/users/{editor.Id}/disable");

        Assert.Equal(HttpStatusCode.Redirect, (await session.GetAsync("/umbraco")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await BackOfficeBrowser.SignInAsync(factory.CreateBrowserlikeClient(), email, "an editor's long password")).StatusCode);
    }

    [Fact]
    public async Task Changing_a_users_roles_changes_what_they_may_open_at_their_next_request()
    {
        var admin = await AdministratorAsync();
        var email = $"writer-{Guid.NewGuid():N}@virtualschool.test";
        var writer = await factory.CreateUserAsync(email, "a writer's long password", BackOfficeRoles.Writer);
        var session = factory.CreateBrowserlikeClient();
        await BackOfficeBrowser.SignInAsync(session, email, "a writer's long password");

        var page = await PortalFactory.ParseAsync(await admin.GetAsync("/umbraco/users"));
        var form = page.QuerySelector($"form[action='/umbraco/users/{writer.Id}/roles']")!;
        var fields = HtmlForms.Fields(form);
        var content = new FormUrlEncodedContent([
            new("__RequestVerificationToken", fields["__RequestVerificationToken"]),
            new("roles", BackOfficeRoles.Writer),
            new("roles", BackOfficeRoles.TrainingCoordinator),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync($"/umbraco/users/{writer.Id}/roles", content)).StatusCode);

        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>();
        Assert.Equal([BackOfficeRoles.TrainingCoordinator, BackOfficeRoles.Writer], (await users.GetRolesAsync((await users.FindByIdAsync(writer.Id.ToString()))!)).Order());
        Assert.Equal(HttpStatusCode.Redirect, (await session.GetAsync("/umbraco")).StatusCode);
    }

    [GeneratedRegex(@"https?://[^\s]+/umbraco/invitation\?[^\s]+")]
    private static partial Regex LinkPattern();
}

/// <summary>A brand-new install with no configured administrator: the one-time set-up page.</summary>
[Trait("Category", "Integration")]
public sealed class SetupTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_first_administrator_is_created_once_from_the_setup_page_then_the_page_is_gone()
    {
        var client = factory.CreateBrowserlikeClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/umbraco/setup")).StatusCode);

        var weak = await BackOfficeBrowser.PostFormAsync(client, "/umbraco/setup", "/umbraco/setup",
            new Dictionary<string, string> { ["name"] = "Ada Admin", ["email"] = "ada@virtualschool.test", ["password"] = "short", ["confirmPassword"] = "short" });
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);

        var created = await BackOfficeBrowser.PostFormAsync(client, "/umbraco/setup", "/umbraco/setup",
            new Dictionary<string, string> { ["name"] = "Ada Admin", ["email"] = "ada@virtualschool.test", ["password"] = "a long enough password", ["confirmPassword"] = "a long enough password" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/umbraco/setup")).StatusCode);
        var signedIn = await BackOfficeBrowser.SignInAsync(client, "ada@virtualschool.test", "a long enough password");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        // An administrator: straight to setting up two-factor authentication.
        Assert.Equal("/umbraco/account/two-factor?required=1", (await client.GetAsync("/umbraco")).Headers.Location!.OriginalString);
    }
}
