using System.Net;
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Web.Tests.BackOffice;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Members;

/// <summary>
/// What the members' sign-in tells a stranger (nothing: not by its words, not by its time), authenticator codes that
/// work once, guesses of the current password on "My account", and return addresses a header cannot carry.
/// </summary>
[Trait("Category", "Integration")]
public sealed class MemberSignInDefenceTests(MembersFactory portal) : IClassFixture<MembersFactory>
{
    [Fact]
    public async Task A_wrong_password_for_a_known_address_takes_as_long_as_an_unknown_address()
    {
        var member = await portal.CreateMemberAsync($"timing-{Guid.NewGuid():N}@example.org", false, MemberGroupNames.Governors);
        var client = portal.CreateBrowserlikeClient();

        var (known, unknown) = await SignInTiming.MediansAsync(
            () => MemberBrowser.SignInAsync(client, member.Email!, "not the password at all"),
            () => MemberBrowser.SignInAsync(client, $"nobody-{Guid.NewGuid():N}@example.org", "not the password at all"));

        Assert.True(unknown >= known / 2, $"an unknown address answered in {unknown} ms, a known one in {known} ms");
    }

    [Fact]
    public async Task A_locked_account_answers_exactly_as_an_unknown_address_does()
    {
        var member = await portal.CreateMemberAsync($"locked-{Guid.NewGuid():N}@example.org", false, MemberGroupNames.Governors);
        var client = portal.CreateBrowserlikeClient();
        for (var i = 0; i < 5; i++)
        {
            await MemberBrowser.SignInAsync(client, member.Email!, "a wrong password " + i);
        }

        var locked = await SignInTiming.AnswerAsync(await MemberBrowser.SignInAsync(client, member.Email!, MembersFactory.MemberPassword));
        var unknown = await SignInTiming.AnswerAsync(await MemberBrowser.SignInAsync(client, $"nobody-{Guid.NewGuid():N}@example.org", "a wrong password"));

        Assert.Equal(unknown, locked);
        Assert.Equal(HttpStatusCode.BadRequest, locked.Status);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/members/account")).StatusCode);
    }

    [Fact]
    public async Task An_authenticator_code_completes_one_sign_in_only()
    {
        var member = await portal.CreateMemberAsync($"totp-{Guid.NewGuid():N}@example.org", true, MemberGroupNames.ManagementBoard);
        var code = BackOfficeBrowser.TotpCode(await portal.AuthenticatorKeyAsync(member));

        async Task<HttpResponseMessage> SignInWithAsync(HttpClient client, string totp)
        {
            var password = await MemberBrowser.SignInAsync(client, member.Email!, MembersFactory.MemberPassword);
            Assert.StartsWith("/members/login/two-factor", password.Headers.Location!.OriginalString, StringComparison.Ordinal);
            return await BackOfficeBrowser.PostFormAsync(client, password.Headers.Location.OriginalString, "/members/login/two-factor", new Dictionary<string, string> { ["code"] = totp });
        }

        var first = portal.CreateBrowserlikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await SignInWithAsync(first, code)).StatusCode);
        var second = portal.CreateBrowserlikeClient();
        var replayed = await SignInWithAsync(second, code);

        Assert.Equal(HttpStatusCode.BadRequest, replayed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await second.GetAsync("/members/board")).StatusCode);
        // The app's next code still works.
        var next = await SignInWithAsync(portal.CreateBrowserlikeClient(), BackOfficeBrowser.TotpCode(await portal.AuthenticatorKeyAsync(member), stepOffset: 1));
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
    }

    [Fact]
    public async Task Guesses_of_the_current_password_on_my_account_lock_the_account_and_end_the_session()
    {
        var member = await portal.CreateMemberAsync($"guess-{Guid.NewGuid():N}@example.org", false, MemberGroupNames.Governors);
        var client = await portal.SignInMemberAsync(member);
        for (var i = 0; i < 3; i++)
        {
            var wrong = await BackOfficeBrowser.PostFormAsync(client, "/members/account", "/members/account/password", new Dictionary<string, string>
            {
                ["currentPassword"] = "a guess " + i, ["newPassword"] = "a new long password here", ["confirmPassword"] = "a new long password here",
            });
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }

        for (var i = 0; i < 2; i++)
        {
            await BackOfficeBrowser.PostFormAsync(client, "/members/account", "/members/account/email", new Dictionary<string, string>
            {
                ["newEmail"] = $"taken-{Guid.NewGuid():N}@example.org", ["emailPassword"] = "another guess " + i,
            });
        }

        // Five wrong guesses: locked, as five wrong sign-ins would be, and this session is over.
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/members/account")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await MemberBrowser.SignInAsync(portal.CreateBrowserlikeClient(), member.Email!, MembersFactory.MemberPassword)).StatusCode);
    }

    [Theory]
    [InlineData("/\u3002")]
    [InlineData("/members/r\u00e9sum\u00e9")]
    [InlineData("/members\u0085")]
    public async Task A_return_address_with_characters_a_header_cannot_carry_goes_to_the_members_area(string returnUrl)
    {
        var member = await portal.CreateMemberAsync($"return-{Guid.NewGuid():N}@example.org", false, MemberGroupNames.Governors);

        var response = await MemberBrowser.SignInAsync(portal.CreateBrowserlikeClient(), member.Email!, MembersFactory.MemberPassword, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/members", response.Headers.Location!.OriginalString);
    }
}

/// <summary>Sign-in answers compared by what a stranger sees: status, error words, and time.</summary>
public static class SignInTiming
{
    private const int Attempts = 5;

    /// <summary>Median times (ms) of two kinds of attempt, taken in turn so the machine's load falls on both alike.</summary>
    public static async Task<(double First, double Second)> MediansAsync(Func<Task<HttpResponseMessage>> first, Func<Task<HttpResponseMessage>> second)
    {
        // One of each first: the first request of its kind pays for compiling views and warming the database.
        await first();
        await second();
        var a = new List<double>();
        var b = new List<double>();
        for (var i = 0; i < Attempts; i++)
        {
            a.Add(await TimeAsync(first));
            b.Add(await TimeAsync(second));
        }

        return (Median(a), Median(b));
    }

    public static async Task<(HttpStatusCode Status, string Errors)> AnswerAsync(HttpResponseMessage response)
    {
        var page = await PortalFactory.ParseAsync(response);
        return (response.StatusCode, page.QuerySelector(".govuk-error-summary")?.TextContent.Trim() ?? "");
    }

    // Times the whole exchange (the login page and its post); the page costs the same for both kinds.
    private static async Task<double> TimeAsync(Func<Task<HttpResponseMessage>> attempt)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var response = await attempt();
        watch.Stop();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
