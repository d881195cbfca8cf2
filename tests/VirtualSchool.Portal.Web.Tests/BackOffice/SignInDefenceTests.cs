using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Tests.Infrastructure;
using VirtualSchool.Portal.Web.Tests.Members;

namespace VirtualSchool.Portal.Web.Tests.BackOffice;

/// <summary>
/// What the back office's sign-in tells a stranger (nothing: not by its words, not by its time), authenticator codes
/// that work once, sessions that end on the server at sign-out, and return addresses a header cannot carry.
/// </summary>
[Trait("Category", "Integration")]
public sealed class SignInDefenceTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    [Fact]
    public async Task A_wrong_password_for_a_known_address_takes_as_long_as_an_unknown_address()
    {
        var email = $"timing-{Guid.NewGuid():N}@virtualschool.test";
        await factory.CreateUserAsync(email, "the right password here", BackOfficeRoles.Writer);
        var client = factory.CreateBrowserlikeClient();

        var (known, unknown) = await SignInTiming.MediansAsync(
            () => BackOfficeBrowser.SignInAsync(client, email, "not the password at all"),
            () => BackOfficeBrowser.SignInAsync(client, $"nobody-{Guid.NewGuid():N}@virtualschool.test", "not the password at all"));

        Assert.True(unknown >= known / 2, $"an unknown address answered in {unknown} ms, a known one in {known} ms");
    }

    [Fact]
    public async Task A_locked_account_answers_exactly_as_an_unknown_address_does()
    {
        var email = $"locked-{Guid.NewGuid():N}@virtualschool.test";
        await factory.CreateUserAsync(email, "the right password here", BackOfficeRoles.Editor);
        var client = factory.CreateBrowserlikeClient();
        for (var i = 0; i < 5; i++)
        {
            await BackOfficeBrowser.SignInAsync(client, email, "a wrong password " + i);
        }

        var locked = await SignInTiming.AnswerAsync(await BackOfficeBrowser.SignInAsync(client, email, "the right password here"));
        var unknown = await SignInTiming.AnswerAsync(await BackOfficeBrowser.SignInAsync(client, "nobody-" + email, "a wrong password"));

        Assert.Equal(unknown, locked);
        Assert.Equal(HttpStatusCode.BadRequest, locked.Status);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/umbraco")).StatusCode);
    }

    [Fact]
    public async Task An_authenticator_code_completes_one_sign_in_only()
    {
        var email = $"admin-{Guid.NewGuid():N}@virtualschool.test";
        await factory.CreateAdministratorAsync(email, "an administrator password");
        var key = (await factory.AuthenticatorKeyAsync(email))!;
        var code = BackOfficeBrowser.TotpCode(key);

        async Task<HttpResponseMessage> SignInWithAsync(HttpClient client, string totp)
        {
            var password = await BackOfficeBrowser.SignInAsync(client, email, "an administrator password");
            Assert.StartsWith("/umbraco/login/two-factor", password.Headers.Location!.OriginalString, StringComparison.Ordinal);
            return await BackOfficeBrowser.PostFormAsync(client, "/umbraco/login/two-factor", "/umbraco/login/two-factor", new Dictionary<string, string> { ["code"] = totp });
        }

        Assert.Equal(HttpStatusCode.Redirect, (await SignInWithAsync(factory.CreateBrowserlikeClient(), code)).StatusCode);
        var second = factory.CreateBrowserlikeClient();
        var replayed = await SignInWithAsync(second, code);

        Assert.Equal(HttpStatusCode.BadRequest, replayed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await second.GetAsync("/umbraco")).StatusCode);
        var next = await SignInWithAsync(factory.CreateBrowserlikeClient(), BackOfficeBrowser.TotpCode(key, stepOffset: 1));
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
    }

    [Fact]
    public async Task A_back_office_cookie_copied_before_sign_out_opens_nothing_after_it()
    {
        var email = $"replay-{Guid.NewGuid():N}@virtualschool.test";
        await factory.CreateUserAsync(email, "the right password here", BackOfficeRoles.Editor);
        var client = factory.CreateBrowserlikeClient();
        var cookie = SessionCookie.From(await BackOfficeBrowser.SignInAsync(client, email, "the right password here"), "vsp.backoffice");
        var thief = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        Assert.Equal(HttpStatusCode.OK, (await SessionCookie.GetAsync(thief, "/umbraco", cookie)).StatusCode);

        var signedOut = await BackOfficeBrowser.PostFormAsync(client, "/umbraco", "/umbraco/logout");
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        var replayed = await SessionCookie.GetAsync(thief, "/umbraco", cookie);
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.StartsWith("/umbraco/login", replayed.Headers.Location!.PathAndQueryOf(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/umbraco/\u3002")]
    [InlineData("/umbraco/content?q=caf\u00e9")]
    [InlineData("/umbraco/\u0085")]
    public async Task A_return_address_with_characters_a_header_cannot_carry_goes_to_the_dashboard(string returnUrl)
    {
        var email = $"return-{Guid.NewGuid():N}@virtualschool.test";
        await factory.CreateUserAsync(email, "the right password here", BackOfficeRoles.Writer);

        var response = await BackOfficeBrowser.SignInAsync(factory.CreateBrowserlikeClient(), email, "the right password here", returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/umbraco", response.Headers.Location!.OriginalString);
    }
}
