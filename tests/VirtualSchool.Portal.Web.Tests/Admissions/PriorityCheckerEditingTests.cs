using System.Net;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Admissions;

/// <summary>
/// The checker's questions, rules and results are the page's content: what the team publishes is what the journey
/// asks, and content that would leave a reader without a result is not run.
/// </summary>
[Trait("Category", "Integration")]
public sealed class PriorityCheckerEditingTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Start = "/admissions/priority-checker";

    private ContentService Content => portal.Services.GetRequiredService<ContentService>();

    private PublishedContent Page()
    {
        _ = portal.Server;
        return portal.Services.GetRequiredService<IPublishedContentCache>().GetByRoute(Start) ?? throw new InvalidOperationException(Start);
    }

    private async Task PublishAsync(Func<Dictionary<string, string?>, Dictionary<string, string?>> change)
    {
        var page = Page();
        var values = change(new Dictionary<string, string?>(page.Properties));
        await Content.SaveAsync(page.Key, page.Name, values);
        Assert.True((await Content.PublishAsync(page.Key)).Succeeded);
    }

    [Fact]
    public async Task A_published_change_to_a_question_is_what_the_journey_asks_and_rules_that_leave_a_path_without_a_result_stop_the_journey()
    {
        var client = portal.CreateBrowserlikeClient();
        await PublishAsync(v =>
        {
            v["questions"] = v["questions"]!.Replace("What kind of school are you applying to?", "Which school are you applying to?", StringComparison.Ordinal);
            return v;
        });
        var question = await PortalFactory.ParseAsync(await client.GetAsync($"{Start}/school?status=left-care&order=adoption"));
        Assert.Equal("Which school are you applying to?", question.QuerySelector("legend h1")!.TextContent.Trim());

        // The last rule (no conditions) catches every path the others miss; without it some paths have no result.
        await PublishAsync(v =>
        {
            var rules = v["rules"]!;
            v["rules"] = rules.Replace("\"value\": \"ask-not-sure\"", "\"value\": \"a-result-nobody-wrote\"", StringComparison.Ordinal);
            return v;
        });
        var stopped = await client.GetAsync($"{Start}/status");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, stopped.StatusCode);
        var page = await PortalFactory.ParseAsync(stopped);
        Assert.Equal("The priority checker is not available", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/contact");
    }
}
