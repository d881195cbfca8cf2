using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Tests.BackOffice;
using VirtualSchool.Portal.Web.Tests.Infrastructure;
using VirtualSchool.Portal.Web.Tests.Members;

namespace VirtualSchool.Portal.Web.Tests.Site;

/// <summary>A portal with members and back office, a public address for email links, and mail written to files.</summary>
public sealed class CookiesFactory : MembersFactory
{
    public const string PublicUrl = "https://virtualschool.example.gov.uk";

    protected override IDictionary<string, string?> MemberSettings => new Dictionary<string, string?>
    {
        ["Portal:PublicUrl"] = PublicUrl,
        ["Portal:Training:PermitsPerMinute"] = "100000",
    };
}

/// <summary>The cookies page lists every cookie the portal sets, found by using the portal as its readers, members and staff do.</summary>
[Trait("Category", "Integration")]
public sealed class CookiesPageTests(CookiesFactory factory) : IClassFixture<CookiesFactory>
{
    /// <summary>Records the name of every cookie a response sets, under a cookie jar, as a browser would keep them.</summary>
    private sealed class SetCookieRecorder(ISet<string> names) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var values))
            {
                lock (names)
                {
                    // A header that deletes a cookie (Identity clears its external sign-in cookie at every sign-in)
                    // leaves nothing in the browser, so only cookies that are stored count.
                    foreach (var value in values.Where(v => !v.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase)))
                    {
                        names.Add(value[..value.IndexOf('=', StringComparison.Ordinal)].Trim());
                    }
                }
            }

            return response;
        }
    }

    private HttpClient Client(ISet<string> names) => factory.CreateDefaultClient(new SetCookieRecorder(names), new CookieContainerHandler());

    [Fact]
    public async Task Every_cookie_set_while_reading_booking_signing_in_and_editing_is_listed_on_the_cookies_page()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);

        // A reader: a page with the feedback form, and an answer to it.
        var reader = Client(names);
        var home = await PortalFactory.ParseAsync(await reader.GetAsync("/admissions"));
        var answered = await HtmlForms.PostAsync(reader, home.QuerySelector("form[data-feedback-step='useful']")!, new Dictionary<string, string> { ["useful"] = "yes" });
        Assert.True((int)answered.StatusCode is >= 300 and < 400, $"feedback answered {answered.StatusCode}");

        // A training coordinator creates a session (the back office's message after it travels in a cookie) and a reader books it.
        var coordinator = Client(names);
        await factory.CreateUserAsync("coordinator@virtualschool.test", "a long enough password", BackOfficeRoles.TrainingCoordinator);
        Assert.Equal(HttpStatusCode.Redirect, (await BackOfficeBrowser.SignInAsync(coordinator, "coordinator@virtualschool.test", "a long enough password")).StatusCode);
        var course = await CourseKeyAsync(coordinator);
        var created = await BackOfficeBrowser.PostFormAsync(coordinator, "/umbraco/training/sessions/new", "/umbraco/training/sessions/new", new Dictionary<string, string>
        {
            ["course"] = course, ["date"] = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["starts"] = "09:30", ["ends"] = "12:30", ["format"] = "online", ["joiningLink"] = "https://meet.example.org/cookies", ["capacity"] = "5",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var sessionKey = created.Headers.Location!.OriginalString.Split('/').Last();
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync(created.Headers.Location.OriginalString)).StatusCode);
        var booking = await PortalFactory.ParseAsync(await reader.GetAsync($"/training/designated-teacher-induction/book/{sessionKey}"));
        var booked = await HtmlForms.PostAsync(reader, booking.QuerySelector($"form[action='/training/designated-teacher-induction/book/{sessionKey}']")!, Training.TrainingPortal.Booker("cookies-booker@example.org"));
        Assert.Equal(HttpStatusCode.SeeOther, booked.StatusCode);

        // An administrator and a member, each through their authenticator step.
        var administrator = Client(names);
        await factory.CreateAdministratorAsync("cookies-admin@virtualschool.test", "an administrator password");
        await BackOfficeBrowser.SignInAsync(administrator, "cookies-admin@virtualschool.test", "an administrator password");
        var adminCode = BackOfficeBrowser.TotpCode((await factory.AuthenticatorKeyAsync("cookies-admin@virtualschool.test"))!);
        Assert.Equal(HttpStatusCode.Redirect, (await BackOfficeBrowser.PostFormAsync(administrator, "/umbraco/login/two-factor", "/umbraco/login/two-factor", new Dictionary<string, string> { ["code"] = adminCode })).StatusCode);
        var member = Client(names);
        var board = await factory.CreateMemberAsync("cookies-board@example.org", true, MemberGroupNames.ManagementBoard);
        var first = await MemberBrowser.SignInAsync(member, board.Email!, MembersFactory.MemberPassword);
        var memberCode = BackOfficeBrowser.TotpCode(await factory.AuthenticatorKeyAsync(board));
        Assert.Equal(HttpStatusCode.Redirect, (await BackOfficeBrowser.PostFormAsync(member, first.Headers.Location!.OriginalString, "/members/login/two-factor", new Dictionary<string, string> { ["code"] = memberCode })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync("/members/board")).StatusCode);

        var page = await PortalFactory.ParseAsync(await Client(names).GetAsync("/cookies"));
        var listed = page.QuerySelectorAll("main table tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("vsp.member.2fa", names);
        Assert.Contains("vsp.backoffice.2fa", names);
        Assert.Contains(".AspNetCore.Mvc.CookieTempDataProvider", names);
        Assert.All(names, name => Assert.True(listed.Contains(name), $"the cookie {name} is set but not listed on /cookies"));
    }

    [Fact]
    public async Task Every_email_s_footer_links_the_contact_page_at_the_public_address()
    {
        var reader = factory.CreateBrowserlikeClient();
        var resetPage = await PortalFactory.ParseAsync(await reader.GetAsync("/members/forgotten-password"));
        var member = await factory.CreateMemberAsync("footer@example.org", false, MemberGroupNames.Governors);
        await HtmlForms.PostAsync(reader, resetPage.QuerySelector("form[action='/members/forgotten-password']")!, new Dictionary<string, string> { ["email"] = member.Email! });

        var mail = Assert.Single(await MailFolder.WaitForAsync(factory.DataPath, m => m.To.Contains("footer@example.org", StringComparison.Ordinal)));

        Assert.Contains("To contact the Virtual School, go to https://virtualschool.example.gov.uk/contact", mail.Text, StringComparison.Ordinal);
        Assert.Contains("href=\"https://virtualschool.example.gov.uk/contact\"", mail.Html, StringComparison.Ordinal);
    }

    private static async Task<string> CourseKeyAsync(HttpClient coordinator)
    {
        var form = await PortalFactory.ParseAsync(await coordinator.GetAsync("/umbraco/training/sessions/new"));
        return form.QuerySelectorAll("select#course option").Select(o => (Text: o.TextContent.Trim(), Value: o.GetAttribute("value"))).First(o => o.Text.Contains("induction", StringComparison.OrdinalIgnoreCase)).Value!;
    }
}
