using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Web.Tests.BackOffice;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Members;

/// <summary>Signing out of the members area: from every page a member can be on, and for good.</summary>
[Trait("Category", "Integration")]
public sealed class MemberSessionTests(MembersFactory portal) : IClassFixture<MembersFactory>
{
    /// <summary>Every members page a signed-in Board member can open, each with the "Sign out" button.</summary>
    public static TheoryData<string> MembersPages =>
    [
        "/members",
        "/members/account",
        "/members/account/two-factor",
        "/members/board",
        "/members/board/autumn-term-2026-meeting",
        "/members/resources",
        "/members/resources?show=members",
    ];

    [Theory]
    [MemberData(nameof(MembersPages))]
    public async Task A_member_signs_out_from_every_members_page_and_is_signed_out(string path)
    {
        var client = await portal.SignInBoardMemberAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/members/board/autumn-term-2026-meeting/papers.zip")).StatusCode);

        var signedOut = await BackOfficeBrowser.PostFormAsync(client, path, "/members/logout");

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal("/members/login?done=signed-out", signedOut.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/members/account")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await client.GetAsync("/members/board/autumn-term-2026-meeting/papers.zip")).StatusCode);
    }

    [Fact]
    public async Task Every_form_on_the_pages_a_signed_in_member_reads_accepts_its_token()
    {
        // The public pages are in the page cache before the member arrives.
        var anonymous = portal.CreateBrowserlikeClient();
        string[] pages = ["/", "/about", "/members/resources", "/members/login", "/members/forgotten-password"];
        foreach (var path in pages)
        {
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(path)).StatusCode);
        }

        var member = await portal.CreateMemberAsync($"forms-{Guid.NewGuid():N}@example.org", false, MemberGroupNames.Governors);
        var client = await portal.SignInMemberAsync(member);
        foreach (var path in pages)
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var document = await PortalFactory.ParseAsync(response);
            foreach (var form in document.QuerySelectorAll("form[method='post']").Where(f => f.GetAttribute("action") != "/members/logout"))
            {
                var posted = await HtmlForms.PostAsync(client, form, new Dictionary<string, string> { ["email"] = member.Email!, ["password"] = MembersFactory.MemberPassword, ["useful"] = "yes" });
                Assert.True(posted.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK or HttpStatusCode.SeeOther,
                    $"the form posting to {form.GetAttribute("action")} on {path} answered {posted.StatusCode}");
            }
        }

        // Still signed in, and the resources page's button signs the member out.
        var signedOut = await BackOfficeBrowser.PostFormAsync(client, "/members/resources", "/members/logout");
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal("/members/login?done=signed-out", signedOut.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/members/account")).StatusCode);
    }

    [Fact]
    public async Task A_member_cookie_copied_before_sign_out_opens_nothing_after_it()
    {
        var member = await portal.CreateMemberAsync($"replay-{Guid.NewGuid():N}@example.org", false, MemberGroupNames.Governors);
        var client = portal.CreateBrowserlikeClient();
        var signedIn = await MemberBrowser.SignInAsync(client, member.Email!, MembersFactory.MemberPassword);
        var cookie = SessionCookie.From(signedIn, "vsp.member");
        var thief = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        Assert.Equal(HttpStatusCode.OK, (await SessionCookie.GetAsync(thief, "/members/account", cookie)).StatusCode);

        var signedOut = await BackOfficeBrowser.PostFormAsync(client, "/members/account", "/members/logout");
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        var replayed = await SessionCookie.GetAsync(thief, "/members/account", cookie);
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.StartsWith("/members/login", replayed.Headers.Location!.PathAndQueryOf(), StringComparison.Ordinal);
        // Nor does it renew itself, or show the member's view of a page that anyone may read.
        Assert.False(replayed.Headers.TryGetValues("Set-Cookie", out var renewed) && renewed.Any(c => c.StartsWith("vsp.member=", StringComparison.Ordinal) && !c.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase)));
        var resources = await SessionCookie.GetAsync(thief, "/members/resources", cookie);
        Assert.DoesNotContain("/members/logout", await resources.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

/// <summary>A sign-in cookie taken off a response and replayed by hand, as someone who copied it would.</summary>
public static class SessionCookie
{
    public static string From(HttpResponseMessage response, string name)
    {
        var header = response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.FirstOrDefault(v => v.StartsWith(name + "=", StringComparison.Ordinal))
            : null;
        Assert.True(header is not null, $"no {name} cookie was set");
        return header![..header.IndexOf(';', StringComparison.Ordinal)];
    }

    public static Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return client.SendAsync(request);
    }
}
