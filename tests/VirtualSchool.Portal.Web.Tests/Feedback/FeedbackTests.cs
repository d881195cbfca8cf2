using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Infrastructure.Persistence;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Feedback;

/// <summary>"Is this page useful?" as a reader without JavaScript (plain forms) and with it (JSON) uses it.</summary>
[Trait("Category", "Integration")]
public sealed class FeedbackTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<(HttpClient Client, AngleSharp.Dom.IElement Form)> OpenAsync(string path)
    {
        var client = factory.CreateBrowserlikeClient();
        var page = await PortalFactory.ParseAsync(await client.GetAsync(path));
        return (client, page.QuerySelector("form[data-feedback-step=useful]")!);
    }

    private async Task<List<VirtualSchool.Portal.Core.Feedback.FeedbackEntry>> EntriesForAsync(string path)
    {
        using var scope = factory.Services.CreateScope();
        var contexts = scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Feedback.AsNoTracking().Where(f => f.Path == path).OrderBy(f => f.Id).ToListAsync();
    }

    [Fact]
    public async Task Answering_no_then_saying_what_you_were_trying_to_do_stores_both_against_the_page()
    {
        var (client, form) = await OpenAsync("/admissions");

        var answered = await HtmlForms.PostAsync(client, form, new Dictionary<string, string> { ["useful"] = "no" });

        Assert.Equal(HttpStatusCode.SeeOther, answered.StatusCode);
        var location = answered.Headers.Location!.OriginalString;
        Assert.StartsWith("/admissions?feedback=", location, StringComparison.Ordinal);
        Assert.EndsWith("#feedback", location, StringComparison.Ordinal);

        var thanked = await PortalFactory.ParseAsync(await client.GetAsync(location.Split('#')[0]));
        Assert.Contains("Thank you for your feedback", thanked.QuerySelector(".app-feedback")!.TextContent, StringComparison.Ordinal);
        var commentForm = thanked.QuerySelector("form[data-feedback-step=comment]")!;
        Assert.Equal("What were you trying to do? (optional)", commentForm.QuerySelector("label[for=feedback-comment]")!.TextContent.Trim());

        var commented = await HtmlForms.PostAsync(client, commentForm, new Dictionary<string, string> { ["comment"] = "Find the <b>in-year</b> admissions rules" });
        Assert.Equal(HttpStatusCode.SeeOther, commented.StatusCode);
        Assert.Equal("/admissions?feedback=thanks#feedback", commented.Headers.Location!.OriginalString);

        var entry = Assert.Single(await EntriesForAsync("/admissions"));
        Assert.False(entry.Useful);
        Assert.Equal("Find the <b>in-year</b> admissions rules", entry.Comment);
        Assert.NotEqual(Guid.Empty, entry.PageKey);
    }

    [Fact]
    public async Task The_enhanced_form_gets_json_answers()
    {
        var (client, form) = await OpenAsync("/privacy-notice");

        var answered = await HtmlForms.PostAsync(client, form, new Dictionary<string, string> { ["useful"] = "yes" }, accept: "application/json");

        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        using var json = JsonDocument.Parse(await answered.Content.ReadAsStringAsync());
        var token = json.RootElement.GetProperty("token").GetString()!;
        Assert.True(json.RootElement.GetProperty("commentAllowed").GetBoolean());

        var fields = HtmlForms.Fields(form);
        fields.Remove("useful");
        fields["token"] = token;
        fields["comment"] = new string('x', 1201);
        var tooLong = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/feedback")
        {
            Content = new FormUrlEncodedContent(fields),
            Headers = { { "Accept", "application/json" } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("1,200 characters or fewer", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var entry = Assert.Single(await EntriesForAsync("/privacy-notice"));
        Assert.True(entry.Useful);
        Assert.Null(entry.Comment);
    }

    [Fact]
    public async Task A_post_without_an_answer_gets_an_error_summary_and_a_400()
    {
        var (client, form) = await OpenAsync("/about");

        var response = await HtmlForms.PostAsync(client, form, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await PortalFactory.ParseAsync(response);
        Assert.Contains("Select yes if this page is useful", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await EntriesForAsync("/about"));
    }

    [Fact]
    public async Task A_comment_over_1200_characters_is_refused_and_kept_in_the_box_for_editing()
    {
        var (client, form) = await OpenAsync("/send-local-offer");
        var answered = await HtmlForms.PostAsync(client, form, new Dictionary<string, string> { ["useful"] = "yes" });
        var thanked = await PortalFactory.ParseAsync(await client.GetAsync(answered.Headers.Location!.OriginalString.Split('#')[0]));
        var commentForm = thanked.QuerySelector("form[data-feedback-step=comment]")!;
        var tooLong = string.Concat(Enumerable.Repeat("word ", 241));

        var response = await HtmlForms.PostAsync(client, commentForm, new Dictionary<string, string> { ["comment"] = tooLong });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await PortalFactory.ParseAsync(response);
        Assert.Equal("#feedback-comment", page.QuerySelector(".govuk-error-summary a")!.GetAttribute("href"));
        Assert.Equal(tooLong.Trim(), page.QuerySelector("textarea#feedback-comment")!.TextContent.Trim());
        var entry = Assert.Single(await EntriesForAsync("/send-local-offer"));
        Assert.Null(entry.Comment);
        Assert.True(entry.Useful, "the answer already given is kept");
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_gets_a_400_and_stores_nothing()
    {
        var (client, form) = await OpenAsync("/accessibility-statement");
        var fields = HtmlForms.Fields(form);
        fields.Remove("__RequestVerificationToken");
        fields["useful"] = "yes";

        var response = await client.PostAsync("/feedback", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("Exception", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await EntriesForAsync("/accessibility-statement"));
    }

    [Fact]
    public async Task A_token_taken_from_another_browser_or_altered_is_refused()
    {
        var (victim, _) = await OpenAsync("/about/management-board");
        var (attacker, attackerForm) = await OpenAsync("/about/management-board");
        var victimPage = await PortalFactory.ParseAsync(await victim.GetAsync("/about/management-board"));
        var victimToken = victimPage.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var replayed = await HtmlForms.PostAsync(attacker, attackerForm, new Dictionary<string, string> { ["useful"] = "yes", ["__RequestVerificationToken"] = victimToken });
        var ownToken = HtmlForms.Fields(attackerForm)["__RequestVerificationToken"];
        var altered = await HtmlForms.PostAsync(attacker, attackerForm, new Dictionary<string, string> { ["useful"] = "yes", ["__RequestVerificationToken"] = (ownToken[0] == 'A' ? "B" : "A") + ownToken[1..] });
        var withoutCookie = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var cookieless = await HtmlForms.PostAsync(withoutCookie, attackerForm, new Dictionary<string, string> { ["useful"] = "yes" });

        Assert.Equal(HttpStatusCode.BadRequest, replayed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, altered.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, cookieless.StatusCode);
        Assert.Empty(await EntriesForAsync("/about/management-board"));
    }

    [Fact]
    public async Task A_bot_that_fills_the_honeypot_is_thanked_but_nothing_is_stored()
    {
        var (client, form) = await OpenAsync("/statutory-guidance");

        var response = await HtmlForms.PostAsync(client, form, new Dictionary<string, string> { ["useful"] = "yes", ["website"] = "http://spam.example" });

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Empty(await EntriesForAsync("/statutory-guidance"));
    }

    [Fact]
    public async Task Feedback_for_a_page_that_does_not_exist_is_refused_and_the_redirect_never_leaves_the_site()
    {
        var (client, form) = await OpenAsync("/");

        var unknown = await HtmlForms.PostAsync(client, form, new Dictionary<string, string> { ["useful"] = "yes", ["pageKey"] = Guid.NewGuid().ToString() });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);

        var offsite = await HtmlForms.PostAsync(client, form, new Dictionary<string, string> { ["useful"] = "yes", ["path"] = "https://evil.example/" });
        Assert.Equal(HttpStatusCode.SeeOther, offsite.StatusCode);
        Assert.StartsWith("/?feedback=", offsite.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_or_oversized_post_gets_a_4xx_not_a_500()
    {
        var (client, form) = await OpenAsync("/");
        var fields = HtmlForms.Fields(form);
        fields["useful"] = "yes";
        fields["comment"] = new string('a', 200_000);
        var oversized = await client.PostAsync("/feedback", new FormUrlEncodedContent(fields));
        Assert.InRange((int)oversized.StatusCode, 400, 499);

        var garbage = await client.PostAsync("/feedback", new StringContent("{not a form", System.Text.Encoding.UTF8, "application/json"));
        Assert.InRange((int)garbage.StatusCode, 400, 499);
    }
}

/// <summary>The feedback endpoint's rate limit, on a portal configured with a low limit.</summary>
[Trait("Category", "Integration")]
public sealed class FeedbackRateLimitTests(FeedbackRateLimitTests.LowLimitFactory factory) : IClassFixture<FeedbackRateLimitTests.LowLimitFactory>
{
    public sealed class LowLimitFactory : PortalFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Portal:Feedback:PermitsPerMinute"] = "3" };
    }

    [Fact]
    public async Task Posting_more_than_the_limit_in_a_minute_gets_a_429()
    {
        var client = factory.CreateBrowserlikeClient();
        var page = await PortalFactory.ParseAsync(await client.GetAsync("/"));
        var form = page.QuerySelector("form[data-feedback-step=useful]")!;

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await HtmlForms.PostAsync(client, form, new Dictionary<string, string> { ["useful"] = "yes" })).StatusCode);
        }

        Assert.Equal([HttpStatusCode.SeeOther, HttpStatusCode.SeeOther, HttpStatusCode.SeeOther, HttpStatusCode.TooManyRequests], statuses);
    }
}
