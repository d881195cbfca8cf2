using VirtualSchool.Portal.Infrastructure.Persistence;
using VirtualSchool.Portal.Core.Audit;
using Microsoft.EntityFrameworkCore;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Members;
using VirtualSchool.Portal.Web.Tests.BackOffice;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Members;

/// <summary>Members' sign-in, lockout, forgotten passwords, invitations, two-factor, papers emails and their own account.</summary>
[Trait("Category", "Integration")]
public sealed partial class MemberAccountTests(MembersFactory portal) : IClassFixture<MembersFactory>
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var member = await portal.CreateMemberAsync($"lock-{Guid.NewGuid():N}@example.org", false, MemberGroupNames.Governors);
        var client = portal.CreateBrowserlikeClient();
        for (var i = 0; i < 4; i++)
        {
            var wrong = await MemberBrowser.SignInAsync(client, member.Email!, "not the password at all");
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            Assert.Contains("Enter a correct email address and password", await wrong.Content.ReadAsStringAsync());
        }

        var fifth = await MemberBrowser.SignInAsync(client, member.Email!, "not the password at all");
        Assert.Contains("locked", await fifth.Content.ReadAsStringAsync());
        var right = await MemberBrowser.SignInAsync(client, member.Email!, MembersFactory.MemberPassword);
        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
        Assert.Contains("locked", await right.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/members/account")).StatusCode);
    }

    [Fact]
    public async Task A_forged_Host_header_never_reaches_the_links_in_reset_or_invitation_emails()
    {
        var member = await portal.CreateMemberAsync($"host-{Guid.NewGuid():N}@example.org", false, MemberGroupNames.Governors);
        var stranger = portal.CreateBrowserlikeClient();
        stranger.DefaultRequestHeaders.Host = "evil.example";
        var asked = await BackOfficeBrowser.PostFormAsync(stranger, "/members/forgotten-password", "/members/forgotten-password", new Dictionary<string, string> { ["email"] = member.Email! });
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var reset = Assert.Single(await portal.MailToAsync(member.Email!));
        Assert.DoesNotContain("evil.example", reset, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("http://localhost/members/reset-password?", reset, StringComparison.Ordinal);

        var admin = await portal.SignInAdministratorAsync();
        admin.DefaultRequestHeaders.Host = "evil.example";
        var email = $"invited-{Guid.NewGuid():N}@virtualschool.test";
        await BackOfficeBrowser.PostFormAsync(admin, "/umbraco/users/invite", "/umbraco/users/invite",
            new Dictionary<string, string> { ["name"] = "Host Test", ["email"] = email, ["roles"] = BackOfficeRoles.Writer });
        var invitation = Assert.Single(await portal.MailToAsync(email));
        Assert.DoesNotContain("evil.example", invitation, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("http://localhost/umbraco/invitation?", invitation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_forgotten_password_answer_is_the_same_for_known_and_unknown_addresses_and_the_link_works_once()
    {
        var member = await portal.CreateMemberAsync($"forgot-{Guid.NewGuid():N}@example.org", false, MemberGroupNames.Governors);
        async Task<(HttpStatusCode Status, string Main)> AskAsync(string email)
        {
            var client = portal.CreateBrowserlikeClient();
            var page0 = await PortalFactory.ParseAsync(await client.GetAsync("/members/forgotten-password"));
            var started = System.Diagnostics.Stopwatch.StartNew();
            var response = await HtmlForms.PostAsync(client, page0.QuerySelector("form[action='/members/forgotten-password']")!, new Dictionary<string, string> { ["email"] = email });
            // Known or not, the answer takes at least the same time, so its timing tells nothing either.
            Assert.True(started.Elapsed >= VirtualSchool.Portal.Web.Members.MemberSignInController.ResetAnswerFloor - TimeSpan.FromMilliseconds(20), $"answered in {started.ElapsedMilliseconds} ms");
            var page = await PortalFactory.ParseAsync(response);
            return (response.StatusCode, page.QuerySelector("main")!.InnerHtml);
        }

        var known = await AskAsync(member.Email!);
        var unknown = await AskAsync($"nobody-{Guid.NewGuid():N}@example.org");
        Assert.Equal(HttpStatusCode.OK, known.Status);
        Assert.Equal(known, unknown);

        var mail = Assert.Single(await portal.MailToAsync(member.Email!));
        var link = MemberBrowser.Link(mail, "/members/reset-password");
        var browser = portal.CreateBrowserlikeClient();
        var set = await BackOfficeBrowser.PostFormAsync(browser, link, "/members/reset-password",
            new Dictionary<string, string> { ["password"] = "a brand new long password", ["confirmPassword"] = "a brand new long password" });
        Assert.Equal("/members/login?done=password", set.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.GetAsync(link)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await MemberBrowser.SignInAsync(browser, member.Email!, "a brand new long password")).StatusCode);
    }

    [Fact]
    public async Task A_clerk_invites_a_member_whose_link_sets_a_password_once_and_who_must_then_set_up_two_factor_for_the_board()
    {
        var clerk = await portal.SignInAsync(BackOfficeRoles.BoardClerk);
        var email = $"new-{Guid.NewGuid():N}@example.org";
        var invited = await BackOfficeBrowser.PostFormAsync(clerk, "/umbraco/members/invite", "/umbraco/members/invite",
            new Dictionary<string, string> { ["name"] = "New Board Member", ["email"] = email, ["groups"] = MemberGroupNames.ManagementBoard });
        Assert.Equal("/umbraco/members", invited.Headers.Location!.OriginalString);

        var mail = Assert.Single(await portal.MailToAsync(email));
        Assert.Contains("Management Board", mail);
        var link = MemberBrowser.Link(mail, "/members/invitation");
        var browser = portal.CreateBrowserlikeClient();
        var set = await BackOfficeBrowser.PostFormAsync(browser, link, "/members/invitation",
            new Dictionary<string, string> { ["password"] = MembersFactory.MemberPassword, ["confirmPassword"] = MembersFactory.MemberPassword });
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);

        // The link worked once.
        var again = await browser.GetAsync(link);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("expired or has been used", await again.Content.ReadAsStringAsync());

        // The Board requires an authenticator app: nothing protected until it is set up.
        var signedIn = await MemberBrowser.SignInAsync(browser, email, MembersFactory.MemberPassword, "/members/board");
        Assert.Equal("/members/board", signedIn.Headers.Location!.OriginalString);
        var board = await browser.GetAsync("/members/board");
        Assert.Equal("/members/account/two-factor?required=1", board.Headers.Location!.OriginalString);
        var file = await browser.GetAsync("/members/files/de2c10a2-9e17-4f97-9431-92ab54f60d35/a.docx");
        Assert.Equal("/members/account/two-factor?required=1", file.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/about/management-board/board-meetings")).StatusCode);

        var setup = await PortalFactory.ParseAsync(await browser.GetAsync("/members/account/two-factor?required=1"));
        var key = setup.QuerySelector("code")!.TextContent.Replace(" ", "", StringComparison.Ordinal);
        var on = await BackOfficeBrowser.PostFormAsync(browser, "/members/account/two-factor", "/members/account/two-factor",
            new Dictionary<string, string> { ["code"] = BackOfficeBrowser.TotpCode(key) });
        Assert.Equal(HttpStatusCode.OK, on.StatusCode);
        Assert.Contains("recovery codes", await on.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/members/board")).StatusCode);
    }

    [Fact]
    public async Task When_the_clerk_publishes_a_meetings_papers_every_board_member_is_emailed_once_and_sees_them()
    {
        var first = await portal.CreateMemberAsync($"b1-{Guid.NewGuid():N}@example.org", true, MemberGroupNames.ManagementBoard);
        var second = await portal.CreateMemberAsync($"b2-{Guid.NewGuid():N}@example.org", true, MemberGroupNames.ManagementBoard);
        var governor = await portal.CreateMemberAsync($"g-{Guid.NewGuid():N}@example.org", false, MemberGroupNames.Governors);
        var clerk = await portal.SignInAsync(BackOfficeRoles.BoardClerk);
        const string spring = "4c9a1e76-8b35-4d02-a7f9-e3d6b0c1f584";
        var published = await BackOfficeBrowser.PostFormAsync(clerk, "/umbraco/members/board", $"/umbraco/members/board/{spring}/publish-papers");
        Assert.Equal("/umbraco/members/board", published.Headers.Location!.OriginalString);

        foreach (var member in new[] { first, second })
        {
            var mail = Assert.Single(await portal.MailToAsync(member.Email!));
            Assert.Contains("Papers published: Spring term 2027 meeting", mail);
            Assert.Contains("Termly data report: spring 2027", mail);
            Assert.Contains("/members/board/spring-term-2027-meeting", mail);
        }

        Assert.Empty(await portal.MailToAsync(governor.Email!, seconds: 1));

        var board = await portal.SignInMemberAsync(first);
        var page = await PortalFactory.ParseAsync(await board.GetAsync("/members/board/spring-term-2027-meeting"));
        Assert.Equal(3, page.QuerySelectorAll(".app-papers li").Length);

        // Publishing again sends nothing more.
        using (var scope = portal.Services.CreateScope())
        {
            var content = scope.ServiceProvider.GetRequiredService<VirtualSchool.Portal.Core.Content.ContentService>();
            await content.PublishAsync(Guid.Parse(spring), "test");
        }

        Assert.Single(await portal.MailToAsync(first.Email!, count: 2, seconds: 3));
    }

    [Fact]
    public async Task A_member_downloads_their_data_asks_for_closure_and_an_administrator_erases_them()
    {
        var member = await portal.CreateMemberAsync($"close-{Guid.NewGuid():N}@example.org", false, MemberGroupNames.Governors, MemberGroupNames.DesignatedTeachers);
        var client = await portal.SignInMemberAsync(member);
        var account = await PortalFactory.ParseAsync(await client.GetAsync("/members/account"));
        Assert.Contains("Designated Teachers", account.QuerySelector(".govuk-summary-list")!.TextContent);
        Assert.Contains("If you do not sign in for 24 months", account.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var data = await client.GetAsync("/members/account/personal-data");
        Assert.Equal("application/json", data.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", data.Content.Headers.ContentDisposition!.DispositionType);
        using (var json = JsonDocument.Parse(await data.Content.ReadAsStringAsync()))
        {
            Assert.Equal(member.Email, json.RootElement.GetProperty("member").GetProperty("email").GetString());
            Assert.Equal(2, json.RootElement.GetProperty("groups").GetArrayLength());
        }

        var asked = await BackOfficeBrowser.PostFormAsync(client, "/members/account", "/members/account/close");
        Assert.Equal("/members/account?done=closure", asked.Headers.Location!.OriginalString);

        // A Board clerk may not erase; an administrator confirms.
        var clerk = await portal.SignInAsync(BackOfficeRoles.BoardClerk);
        var clerkPage = await clerk.GetStringAsync("/umbraco/members?closures=true");
        Assert.DoesNotContain($"/umbraco/members/{member.Id}/erase", clerkPage);
        var admin = await portal.SignInAdministratorAsync();
        var erased = await BackOfficeBrowser.PostFormAsync(admin, "/umbraco/members?closures=true", $"/umbraco/members/{member.Id}/erase");
        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);

        using var scope = portal.Services.CreateScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<Member>>().FindByIdAsync(member.Id.ToString()));
        // The erased member's cookie no longer works.
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/members/account")).StatusCode);

        // The audit trail still says what happened to the account, but nowhere names the member or their address.
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var trail = await db.AuditLog.AsNoTracking().Where(e => e.UserId == member.Id.ToString() || e.ItemKey == member.Id.ToString()).ToListAsync();
        Assert.Contains(trail, e => e.Action == AuditActions.MemberSignIn);
        Assert.Contains(trail, e => e.Action == AuditActions.MemberErased);
        var everything = await db.AuditLog.AsNoTracking().ToListAsync();
        Assert.DoesNotContain(everything, e => $"{e.UserName} {e.ItemName} {e.Detail}".Contains(member.Email!, StringComparison.OrdinalIgnoreCase));
        Assert.All(trail.Where(e => e.UserId == member.Id.ToString()), e => Assert.Null(e.IpAddress));
        // The administrator's own entries keep their name.
        Assert.Contains(trail, e => e.Action == AuditActions.MemberErased && e.UserName!.StartsWith("admin-", StringComparison.Ordinal));
        Assert.False(await db.OutboxMessages.AnyAsync(m => m.To == member.Email));
    }

    [Fact]
    public async Task A_member_changes_their_email_through_a_link_sent_to_the_new_address_and_their_password()
    {
        var member = await portal.CreateMemberAsync($"move-{Guid.NewGuid():N}@example.org", false, MemberGroupNames.Governors);
        var client = await portal.SignInMemberAsync(member);
        var newEmail = $"moved-{Guid.NewGuid():N}@example.org";
        var wrong = await BackOfficeBrowser.PostFormAsync(client, "/members/account", "/members/account/email",
            new Dictionary<string, string> { ["newEmail"] = newEmail, ["emailPassword"] = "not my password at all" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);

        var asked = await BackOfficeBrowser.PostFormAsync(client, "/members/account", "/members/account/email",
            new Dictionary<string, string> { ["newEmail"] = newEmail, ["emailPassword"] = MembersFactory.MemberPassword });
        Assert.Equal("/members/account?done=email-sent", asked.Headers.Location!.OriginalString);
        var link = MemberBrowser.Link(Assert.Single(await portal.MailToAsync(newEmail)), "/members/account/confirm-email");
        var confirmed = await client.GetAsync(link);
        Assert.Equal("/members/login?done=email", confirmed.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, (await MemberBrowser.SignInAsync(portal.CreateBrowserlikeClient(), member.Email!, MembersFactory.MemberPassword)).StatusCode);

        var again = portal.CreateBrowserlikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await MemberBrowser.SignInAsync(again, newEmail, MembersFactory.MemberPassword)).StatusCode);
        var changed = await BackOfficeBrowser.PostFormAsync(again, "/members/account", "/members/account/password", new Dictionary<string, string>
        {
            ["currentPassword"] = MembersFactory.MemberPassword, ["newPassword"] = "another long password", ["confirmPassword"] = "another long password",
        });
        Assert.Equal("/members/account?done=password", changed.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/members/account")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await MemberBrowser.SignInAsync(portal.CreateBrowserlikeClient(), newEmail, "another long password")).StatusCode);
    }

    [Fact]
    public async Task Only_administrators_edit_groups_and_only_administrators_and_editors_restrict_pages()
    {
        var clerk = await portal.SignInAsync(BackOfficeRoles.BoardClerk);
        Assert.Equal(HttpStatusCode.Redirect, (await clerk.GetAsync("/umbraco/members/groups")).StatusCode);
        var writer = await portal.SignInAsync(BackOfficeRoles.Writer);
        var node = portal.Services.GetRequiredService<VirtualSchool.Portal.Core.Published.IPublishedContentCache>().GetByRoute("/admissions")!;
        Assert.Equal(HttpStatusCode.Redirect, (await writer.GetAsync($"/umbraco/content/{node.Key}/public-access")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await writer.GetAsync("/umbraco/members")).StatusCode);
        var editor = await portal.SignInAsync(BackOfficeRoles.Editor);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync($"/umbraco/content/{node.Key}/public-access")).StatusCode);

        // Renaming a group keeps the pages restricted to it.
        var admin = await portal.SignInAdministratorAsync();
        var groups = await PortalFactory.ParseAsync(await admin.GetAsync("/umbraco/members/groups"));
        var form = groups.QuerySelectorAll("form").First(f => f.QuerySelector("input[name=name]")?.GetAttribute("value") == MemberGroupNames.ManagementBoard);
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForms.PostAsync(admin, form, new Dictionary<string, string> { ["name"] = "The Board" })).StatusCode);
        try
        {
            var board = await portal.SignInBoardMemberAsyncIn("The Board");
            Assert.Equal(HttpStatusCode.OK, (await board.GetAsync("/members/board/autumn-term-2026-meeting")).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await portal.CreateBrowserlikeClient().GetAsync("/members/board/autumn-term-2026-meeting")).StatusCode);
        }
        finally
        {
            groups = await PortalFactory.ParseAsync(await admin.GetAsync("/umbraco/members/groups"));
            form = groups.QuerySelectorAll("form").First(f => f.QuerySelector("input[name=name]")?.GetAttribute("value") == "The Board");
            await HtmlForms.PostAsync(admin, form, new Dictionary<string, string> { ["name"] = MemberGroupNames.ManagementBoard });
        }
    }

    [Fact]
    public async Task An_administrator_deletes_a_group_only_once_nothing_is_restricted_to_it()
    {
        var admin = await portal.SignInAdministratorAsync();
        var name = $"Panel {Guid.NewGuid():N}"[..20];
        await BackOfficeBrowser.PostFormAsync(admin, "/umbraco/members/groups", "/umbraco/members/groups", new Dictionary<string, string> { ["name"] = name });
        var member = await portal.CreateMemberAsync($"panel-{Guid.NewGuid():N}@example.org", false, name);
        var rules = portal.Services.GetRequiredService<VirtualSchool.Portal.Infrastructure.Access.PublicAccessRules>();
        var page = portal.Services.GetRequiredService<VirtualSchool.Portal.Core.Published.IPublishedContentCache>().GetByRoute("/privacy-notice")!;
        await rules.SetAsync(PublicAccessTarget.Content, page.Key, [name], "test");
        MemberGroup Group()
        {
            using var scope = portal.Services.CreateScope();
            return scope.ServiceProvider.GetRequiredService<RoleManager<MemberGroup>>().Roles.AsNoTracking().Single(g => g.Name == name);
        }

        var id = Group().Id;
        var refused = await BackOfficeBrowser.PostFormAsync(admin, "/umbraco/members/groups", $"/umbraco/members/groups/{id}/delete");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("cannot be deleted: 1 page(s) or media item(s) are restricted to it", await admin.GetStringAsync("/umbraco/members/groups"), StringComparison.Ordinal);
        Assert.Equal(id, Group().Id);

        await rules.SetAsync(PublicAccessTarget.Content, page.Key, [], "test");
        var deleted = await BackOfficeBrowser.PostFormAsync(admin, "/umbraco/members/groups", $"/umbraco/members/groups/{id}/delete");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Contains($"The group {name} has been deleted.", await admin.GetStringAsync("/umbraco/members/groups"), StringComparison.Ordinal);
        using var scope = portal.Services.CreateScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<RoleManager<MemberGroup>>().RoleExistsAsync(name));
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Member>>();
        Assert.Empty(await users.GetRolesAsync((await users.FindByIdAsync(member.Id.ToString()))!));
        // The Board's group guards the seeded papers: it cannot go.
        var board = scope.ServiceProvider.GetRequiredService<RoleManager<MemberGroup>>().Roles.AsNoTracking().Single(g => g.Name == MemberGroupNames.ManagementBoard);
        await BackOfficeBrowser.PostFormAsync(admin, "/umbraco/members/groups", $"/umbraco/members/groups/{board.Id}/delete");
        Assert.True(await scope.ServiceProvider.GetRequiredService<RoleManager<MemberGroup>>().RoleExistsAsync(MemberGroupNames.ManagementBoard));
    }

    [Fact]
    public async Task Members_and_back_office_users_are_separate_and_forms_need_their_tokens()
    {
        var member = await portal.CreateMemberAsync($"sep-{Guid.NewGuid():N}@example.org", false, MemberGroupNames.Governors);
        var client = await portal.SignInMemberAsync(member);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/umbraco")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await BackOfficeBrowser.SignInAsync(portal.CreateBrowserlikeClient(), member.Email!, MembersFactory.MemberPassword)).StatusCode);

        var noToken = await client.PostAsync("/members/account/close", new FormUrlEncodedContent(new Dictionary<string, string>()));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
    }
}

/// <summary>Invitation links stop working when their lifetime is over.</summary>
[Trait("Category", "Integration")]
public sealed class MemberInvitationExpiryTests(MemberInvitationExpiryTests.ShortLinksFactory portal) : IClassFixture<MemberInvitationExpiryTests.ShortLinksFactory>
{
    public sealed class ShortLinksFactory : MembersFactory
    {
        protected override IDictionary<string, string?> MemberSettings => new Dictionary<string, string?> { ["Portal:Members:InvitationLifetime"] = "00:00:05" };
    }

    [Fact]
    public async Task An_invitation_link_expires()
    {
        var admin = await portal.SignInAdministratorAsync();
        var email = $"late-{Guid.NewGuid():N}@example.org";
        await BackOfficeBrowser.PostFormAsync(admin, "/umbraco/members/invite", "/umbraco/members/invite",
            new Dictionary<string, string> { ["name"] = "Late Member", ["email"] = email, ["groups"] = MemberGroupNames.Governors });
        var link = MemberBrowser.Link(Assert.Single(await portal.MailToAsync(email)), "/members/invitation");
        var browser = portal.CreateBrowserlikeClient();
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(link)).StatusCode);
        await Task.Delay(TimeSpan.FromSeconds(6));
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.GetAsync(link)).StatusCode);
    }
}
