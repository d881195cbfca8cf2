using System.Net;
using AngleSharp.Html.Dom;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Web.Tests.Infrastructure;
using static VirtualSchool.Portal.Web.Tests.Forms.Public.FormTestSite;

namespace VirtualSchool.Portal.Web.Tests.Forms.Public;

/// <summary>A person fills a multi-page form in without JavaScript: steps, conditions, errors, check answers and the entry.</summary>
[Trait("Category", "Integration")]
public sealed class FormJourneyTests(FormsFactory factory) : IClassFixture<FormsFactory>
{
    private async Task<(FormDefinition Form, string Route, HttpClient Client, IHtmlDocument Page)> OpenAsync(Action<FormDefinition>? design = null)
    {
        var form = await SaveFormAsync(factory, "Advice", design ?? AdviceForm.Design);
        var page = await PlaceAsync(factory, form.Key);
        var client = factory.CreateBrowserlikeClient();
        var html = await PortalFactory.ParseAsync(await client.GetAsync(page.Route));
        return (form, page.Route!, client, html);
    }

    private static async Task<IHtmlDocument> FollowAsync(HttpClient client, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        return await PortalFactory.ParseAsync(await client.GetAsync(response.Headers.Location!.OriginalString));
    }

    private static AngleSharp.Dom.IElement FormOf(IHtmlDocument page) => page.QuerySelector("form.app-form")!;

    [Fact]
    public async Task A_multi_page_form_skips_hidden_pages_checks_answers_and_stores_the_shown_answers_with_workflows_queued_once()
    {
        var (form, _, client, page) = await OpenAsync();
        Assert.Equal("About you", page.QuerySelector("form.app-form h2")!.TextContent.Trim());

        var first = await PostAsync(factory, client, FormOf(page), new Dictionary<string, string> { ["name"] = "Sam Jones", ["email"] = "sam@example.org", ["route"] = "guardianship" });
        var third = await FollowAsync(client, first);
        Assert.Equal("Your question", third.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("step 2 of 2", third.QuerySelector(".govuk-caption-l")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(third.QuerySelector("a.govuk-back-link"));

        var check = await FollowAsync(client, await PostAsync(factory, client, FormOf(third), new Dictionary<string, string> { ["details"] = "Help with a personal education plan", ["consent"] = "on", ["school"] = "Hidden school" }));
        Assert.Equal("Check your answers", check.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Guardianship", check.QuerySelector("[data-field=route] .govuk-summary-list__value")!.TextContent.Trim());
        Assert.Null(check.QuerySelector("[data-field=school]"));

        // Change the name: back to the first step, then straight back to the check page.
        var change = check.QuerySelector("[data-field=name] a")!.GetAttribute("href")!;
        var again = await PortalFactory.ParseAsync(await client.GetAsync(change));
        Assert.Equal("Sam Jones", again.QuerySelector("#field-name")!.GetAttribute("value"));
        var changed = await PostAsync(factory, client, FormOf(again), new Dictionary<string, string> { ["name"] = "Sam Patel" });
        Assert.EndsWith("/check", changed.Headers.Location!.OriginalString, StringComparison.Ordinal);
        check = await FollowAsync(client, changed);
        Assert.Equal("Sam Patel", check.QuerySelector("[data-field=name] .govuk-summary-list__value")!.TextContent.Trim());

        var sent = await PostAsync(factory, client, check.QuerySelector("main form")!, new Dictionary<string, string>());
        var confirmation = await FollowAsync(client, sent);
        Assert.Contains("We have your question", confirmation.QuerySelector(".govuk-panel--confirmation")!.TextContent, StringComparison.Ordinal);

        var entry = Assert.Single(await EntriesAsync(factory, form.Key));
        Assert.Equal(FormEntryState.Approved, entry.State);
        Assert.Equal(form.Version, entry.FormVersion);
        Assert.Null(entry.IpAddress);
        Assert.Equal(["Sam Patel"], entry.ValuesOf(form.FindField("name")!.Key));
        Assert.Equal(["on"], entry.ValuesOf(form.FindField("consent")!.Key));
        Assert.Empty(entry.ValuesOf(form.FindField("school")!.Key));
        Assert.DoesNotContain(Guid.Empty, entry.Values.Keys);
        Assert.Contains("sam patel", entry.SearchText, StringComparison.Ordinal);

        var runs = await RunsAsync(factory, form.Key);
        Assert.Equal(2, runs.Count);
        Assert.Contains(runs, r => r.Stage == FormEntryState.Submitted && r.EntryId == entry.Id);
        Assert.Contains(runs, r => r.Stage == FormEntryState.Approved && r.EntryId == entry.Id);

        // The journey is over: sending again finds nothing to send.
        var twice = await PostAsync(factory, client, check.QuerySelector("main form")!, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.SeeOther, twice.StatusCode);
        Assert.Single(await EntriesAsync(factory, form.Key));
    }

    [Fact]
    public async Task Errors_are_summarised_with_gov_uk_messages_and_a_400()
    {
        var (_, _, client, page) = await OpenAsync();

        var response = await PostAsync(factory, client, FormOf(page), new Dictionary<string, string> { ["email"] = "not-an-email" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await PortalFactory.ParseAsync(response);
        Assert.StartsWith("Error:", html.Title, StringComparison.Ordinal);
        var summary = html.QuerySelector(".govuk-error-summary")!.TextContent;
        Assert.Contains("Enter your name", summary, StringComparison.Ordinal);
        Assert.Contains("Enter an email address in the correct format, like name@example.com", summary, StringComparison.Ordinal);
        Assert.Contains("Select how did the child leave care", summary, StringComparison.Ordinal);
        Assert.Equal("#field-name", html.QuerySelector(".govuk-error-summary a")!.GetAttribute("href"));
        Assert.Equal("not-an-email", html.QuerySelector("#field-email")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_date_must_be_real_and_is_stored_as_iso_and_a_page_hidden_later_is_not_stored()
    {
        var (form, _, client, page) = await OpenAsync();
        var adoption = await FollowAsync(client, await PostAsync(factory, client, FormOf(page), new Dictionary<string, string> { ["name"] = "Ann", ["email"] = "ann@example.org", ["route"] = "adoption" }));
        Assert.Equal("The adoption", adoption.QuerySelector("h1")!.TextContent.Trim());

        var wrong = await PostAsync(factory, client, FormOf(adoption), new Dictionary<string, string> { ["adopted-day"] = "31", ["adopted-month"] = "2", ["adopted-year"] = "2019" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var html = await PortalFactory.ParseAsync(wrong);
        Assert.Contains("When was the child adopted must be a real date", html.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("#field-adopted-day", html.QuerySelector(".govuk-error-summary a")!.GetAttribute("href"));
        var partial = await PortalFactory.ParseAsync(await PostAsync(factory, client, FormOf(adoption), new Dictionary<string, string> { ["adopted-day"] = "3", ["adopted-year"] = "2019" }));
        Assert.Contains("must include a month", partial.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);

        var next = await FollowAsync(client, await PostAsync(factory, client, FormOf(adoption), new Dictionary<string, string> { ["adopted-day"] = "3", ["adopted-month"] = "4", ["adopted-year"] = "2019" }));
        Assert.Equal("Your question", next.QuerySelector("h1")!.TextContent.Trim());

        // Back to the first step: not adoption after all, so the adoption page and its answer go.
        var first = await PortalFactory.ParseAsync(await client.GetAsync(next.QuerySelector("a.govuk-back-link")!.GetAttribute("href")!.Replace("/steps/", "/steps/", StringComparison.Ordinal)));
        first = await PortalFactory.ParseAsync(await client.GetAsync(first.QuerySelector("a.govuk-back-link")!.GetAttribute("href")));
        var skipped = await FollowAsync(client, await PostAsync(factory, client, FormOf(first), new Dictionary<string, string> { ["route"] = "other" }));
        Assert.Equal("Your question", skipped.QuerySelector("h1")!.TextContent.Trim());
        var check = await FollowAsync(client, await PostAsync(factory, client, FormOf(skipped), new Dictionary<string, string> { ["details"] = "Which school to choose", ["school"] = "Hill Primary", ["consent"] = "on" }));
        Assert.Equal("Hill Primary", check.QuerySelector("[data-field=school] .govuk-summary-list__value")!.TextContent.Trim());
        await FollowAsync(client, await PostAsync(factory, client, check.QuerySelector("main form")!, new Dictionary<string, string>()));

        var entry = Assert.Single(await EntriesAsync(factory, form.Key));
        Assert.Empty(entry.ValuesOf(form.FindField("adopted")!.Key));
        Assert.Equal(["Hill Primary"], entry.ValuesOf(form.FindField("school")!.Key));
    }

    [Fact]
    public async Task A_returning_visitor_carries_on_where_they_left_off_with_their_cookie()
    {
        var (form, route, client, page) = await OpenAsync();
        var first = await PostAsync(factory, client, FormOf(page), new Dictionary<string, string> { ["name"] = "Rui", ["email"] = "rui@example.org", ["route"] = "other" });
        Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);
        var cookie = first.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("vsp.formprogress=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);

        var later = factory.CreateBrowserlikeClient();
        var resume = new HttpRequestMessage(HttpMethod.Get, FormOf(page).GetAttribute("action")!.Split("/steps/")[0]);
        resume.Headers.Add("Cookie", cookie.Split(';')[0]);
        var carried = await later.SendAsync(resume);
        Assert.Equal(first.Headers.Location!.OriginalString, carried.Headers.Location!.OriginalString);

        var stranger = await factory.CreateBrowserlikeClient().GetAsync(resume.RequestUri);
        Assert.EndsWith(FormOf(page).GetAttribute("action")!, stranger.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Empty(await EntriesAsync(factory, form.Key));
        Assert.NotNull(route);
    }

    [Fact]
    public async Task A_form_on_a_page_that_does_not_pick_it_is_not_found()
    {
        var (form, _, client, page) = await OpenAsync();
        var other = await SaveFormAsync(factory, "Other", AdviceForm.Design);
        var action = FormOf(page).GetAttribute("action")!.Replace(form.Key.ToString("D"), other.Key.ToString("D"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(action)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/forms/{form.Key:D}/{Guid.NewGuid():D}")).StatusCode);
    }

    [Fact]
    public async Task Conditions_on_the_same_step_are_drawn_with_their_rules_for_the_script()
    {
        var (_, _, client, page) = await OpenAsync();
        var third = await FollowAsync(client, await PostAsync(factory, client, FormOf(page), new Dictionary<string, string> { ["name"] = "Li", ["email"] = "li@example.org", ["route"] = "other" }));

        var school = third.QuerySelector("#field-school")!.Closest("[data-form-condition]")!;
        var condition = System.Text.Json.JsonDocument.Parse(school.GetAttribute("data-form-condition")!).RootElement;
        Assert.Equal("Show", condition.GetProperty("actionType").GetString());
        Assert.Equal("details", condition.GetProperty("rules")[0].GetProperty("field").GetString());
        Assert.Equal("Contains", condition.GetProperty("rules")[0].GetProperty("operator").GetString());
        Assert.NotNull(third.QuerySelector("script[src='/js/forms.js']"));
        Assert.Null(page.QuerySelector("script[src='/js/forms.js']"));
    }
}
