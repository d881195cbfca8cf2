using System.Net;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Admissions;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Web.Admissions;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Admissions;

/// <summary>
/// "Does my child get priority for a school place?" over real HTTP, as a browser without JavaScript uses it, on the
/// content imported from uSync and published: every path through the published questions reaches a result.
/// </summary>
[Trait("Category", "Integration")]
public sealed class PriorityCheckerJourneyTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Start = "/admissions/priority-checker";

    private PublishedChecker Published()
    {
        _ = portal.Server; // started
        return CheckerContent.Find(portal.Services.GetRequiredService<IPublishedContentCache>())
            ?? throw new InvalidOperationException("No published priority checker page.");
    }

    [Fact]
    public void The_published_checker_has_no_problems_and_every_path_through_it_reaches_a_result_without_looping()
    {
        var published = Published();
        Assert.Empty(published.Problems);
        var paths = published.Checker.AllPaths();
        Assert.True(paths.Count >= 20, $"{paths.Count} paths");
        Assert.All(paths, p => Assert.True(p.IsComplete && published.Checker.Evaluate(p) is not null));
        // Every result the team wrote can be reached by some path.
        Assert.Equal(published.Checker.Results.Select(r => r.Id).Order(), paths.Select(p => published.Checker.Evaluate(p)!.Id).Distinct().Order());
    }

    [Fact]
    public async Task Every_path_walked_page_by_page_from_the_start_page_ends_on_its_result()
    {
        var published = Published();
        var client = portal.CreateBrowserlikeClient();
        foreach (var path in published.Checker.AllPaths())
        {
            var expected = published.Checker.Evaluate(path)!;
            var page = await PortalFactory.ParseAsync(await client.GetAsync(Start));
            var next = page.QuerySelector("main a.govuk-button--start")!.GetAttribute("href")!;
            var asked = 0;
            foreach (var step in path.Steps)
            {
                var response = await client.GetAsync(next);
                AssertPrivate(response);
                var question = await PortalFactory.ParseAsync(response);
                Assert.Equal(step.Question.Text, question.QuerySelector("legend h1")!.TextContent.Trim());
                Assert.NotNull(question.QuerySelector("a.govuk-back-link"));
                var answer = await HtmlForms.PostAsync(client, question.QuerySelector("main form")!, new Dictionary<string, string> { [step.Question.Id] = step.Answer.Value });
                Assert.Equal(HttpStatusCode.SeeOther, answer.StatusCode);
                next = answer.Headers.Location!.ToString();
                Assert.True(++asked <= published.Checker.Questions.Count, "the journey asked more questions than there are");
            }

            var check = await client.GetAsync(next);
            AssertPrivate(check);
            var summary = await PortalFactory.ParseAsync(check);
            Assert.Equal("Check your answers", summary.QuerySelector("h1")!.TextContent.Trim());
            Assert.Equal(path.Steps.Select(s => s.Answer.Label), summary.QuerySelectorAll(".govuk-summary-list__value").Select(v => v.TextContent.Trim()));
            var resultResponse = await client.GetAsync(summary.QuerySelector("main a.govuk-button")!.GetAttribute("href"));
            AssertPrivate(resultResponse);
            var result = await PortalFactory.ParseAsync(resultResponse);
            Assert.Equal(expected.Title, result.QuerySelector("h1")!.TextContent.Trim());
            Assert.Equal(CheckerOutcomes.Label(expected.Outcome), result.QuerySelector("main .govuk-tag")!.TextContent.Trim());
            Assert.Contains("School Admissions Code 2021", result.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Continuing_without_an_answer_is_a_400_with_an_error_summary_linked_to_the_first_radio()
    {
        var client = portal.CreateBrowserlikeClient();
        var question = await PortalFactory.ParseAsync(await client.GetAsync($"{Start}/status"));
        var response = await HtmlForms.PostAsync(client, question.QuerySelector("main form")!, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await PortalFactory.ParseAsync(response);
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        var link = page.QuerySelector(".govuk-error-summary a")!;
        Assert.Equal("#status", link.GetAttribute("href"));
        Assert.Equal("Select which of these describes the child", link.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("#status.govuk-radios__input"));
        Assert.NotNull(page.QuerySelector(".govuk-form-group--error #status-error"));
    }

    [Fact]
    public async Task A_change_link_shows_the_answer_chosen_and_a_new_answer_drops_the_answers_it_makes_irrelevant()
    {
        var client = portal.CreateBrowserlikeClient();
        var check = await PortalFactory.ParseAsync(await client.GetAsync($"{Start}/{CheckerRoutes.CheckAnswers}?status=left-care&order=adoption&school=faith"));
        var changes = check.QuerySelectorAll(".govuk-summary-list__actions a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(3, changes.Count);

        var status = await PortalFactory.ParseAsync(await client.GetAsync(changes[0]));
        Assert.Equal("left-care", status.QuerySelector("input[name=status][checked]")!.GetAttribute("value"));
        Assert.Equal(Start, status.QuerySelector("a.govuk-back-link")!.GetAttribute("href"));

        // Unchanged: straight back to "Check your answers" with every answer.
        var same = await HtmlForms.PostAsync(client, status.QuerySelector("main form")!, new Dictionary<string, string>());
        Assert.Equal($"{Start}/{CheckerRoutes.CheckAnswers}?status=left-care&order=adoption&school=faith", same.Headers.Location!.ToString());

        // Changed to a looked-after child: "how did they leave care" no longer applies, and "which council" is asked.
        var changed = await HtmlForms.PostAsync(client, status.QuerySelector("main form")!, new Dictionary<string, string> { ["status"] = "looked-after" });
        Assert.Equal($"{Start}/authority?status=looked-after", changed.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_question_off_the_readers_path_sends_them_to_the_next_one_and_an_unknown_question_is_404()
    {
        var client = portal.CreateBrowserlikeClient();
        var skipped = await client.GetAsync($"{Start}/school?status=left-care");
        Assert.Equal(HttpStatusCode.Redirect, skipped.StatusCode);
        Assert.Equal($"{Start}/order?status=left-care", skipped.Headers.Location!.ToString());

        var early = await client.GetAsync($"{Start}/{CheckerRoutes.Result}?status=looked-after");
        Assert.Equal($"{Start}/authority?status=looked-after", early.Headers.Location!.ToString());

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Start}/favourite-colour")).StatusCode);
    }

    [Fact]
    public async Task The_start_page_is_the_published_page_under_admissions_and_links_the_advice_form_from_a_result()
    {
        var client = portal.CreateBrowserlikeClient();
        var admissions = await PortalFactory.ParseAsync(await client.GetAsync("/admissions"));
        Assert.Contains(admissions.QuerySelectorAll("main a"), a => a.GetAttribute("href") == Start);
        var start = await PortalFactory.ParseAsync(await client.GetAsync(Start));
        Assert.Equal("Does my child get priority for a school place?", start.QuerySelector("h1")!.TextContent.Trim());

        var result = await PortalFactory.ParseAsync(await client.GetAsync($"{Start}/{CheckerRoutes.Result}?status=adopted-abroad&care-abroad=state-care&school=most"));
        var links = result.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/about/advice-about-a-previously-looked-after-child", links);
        Assert.Contains("paragraph 1.7", result.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    private static void AssertPrivate(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Set-Cookie"), "the journey sets no cookie");
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

}
