using System.Net;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Training;

/// <summary>The public catalogue: seeded courses and sessions, filters, and never serving stale places left.</summary>
[Trait("Category", "Integration")]
public sealed class TrainingCatalogueTests(TrainingCatalogueTests.Portal portal) : IClassFixture<TrainingCatalogueTests.Portal>
{
    public sealed class Portal() : BackOffice.BackOfficeFactory;

    [Fact]
    public async Task The_training_page_lists_the_seeded_programme_grouped_by_course_with_places_left()
    {
        var client = portal.CreateBrowserlikeClient();
        var response = await client.GetAsync("/training");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var page = await PortalFactory.ParseAsync(response);
        var courses = page.QuerySelectorAll("section.app-course h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains("Designated teacher induction", courses);
        Assert.Contains("Attachment and trauma awareness", courses);
        Assert.Contains("Foster carers' education training", courses);
        Assert.True(page.QuerySelectorAll(".app-session").Length >= 8);
        Assert.All(page.QuerySelectorAll("[data-places-left]"), p => Assert.True(int.Parse(p.GetAttribute("data-places-left")!, System.Globalization.CultureInfo.InvariantCulture) > 0));
    }

    [Fact]
    public async Task The_audience_filter_narrows_the_list_and_an_unknown_audience_or_month_is_a_400_with_an_error_summary()
    {
        var client = portal.CreateBrowserlikeClient();
        var governors = await PortalFactory.ParseAsync(await client.GetAsync("/training?audience=governors"));
        Assert.Equal(["Governor training: children in care and previously in care"], governors.QuerySelectorAll("section.app-course h2").Select(h => h.TextContent.Trim()).ToList());

        var carers = await PortalFactory.ParseAsync(await client.GetAsync("/training?audience=foster-carers"));
        Assert.DoesNotContain("Designated teacher induction", carers.QuerySelectorAll("section.app-course h2").Select(h => h.TextContent.Trim()));

        foreach (var bad in new[] { "/training?audience=wizards", "/training?month=13-2026", "/training?month=2026-13", "/training?audience=%3Cscript%3E" })
        {
            var response = await client.GetAsync(bad);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var page = await PortalFactory.ParseAsync(response);
            Assert.NotNull(page.QuerySelector(".govuk-error-summary"));
            Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        }

        var monthOption = governors.QuerySelectorAll("#month option").Select(o => o.GetAttribute("value")).First(v => !string.IsNullOrEmpty(v));
        var month = await client.GetAsync($"/training?month={monthOption}");
        Assert.Equal(HttpStatusCode.OK, month.StatusCode);
    }

    [Fact]
    public async Task A_HEAD_request_never_leaves_a_sessionless_copy_of_the_training_pages_in_the_page_cache()
    {
        var client = portal.CreateBrowserlikeClient();
        foreach (var path in new[] { "/training", TrainingPortal.Course })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path))).StatusCode);
            var page = await PortalFactory.ParseAsync(await client.GetAsync(path));
            Assert.NotEmpty(page.QuerySelectorAll("[data-places-left]"));
        }
    }

    [Fact]
    public async Task Booking_posts_from_one_address_are_limited_per_minute()
    {
        await using var limited = new TrainingPortal(null, new Dictionary<string, string?> { ["Portal:Training:PermitsPerMinute"] = "2" });
        var session = await limited.CreateSessionAsync();
        var client = limited.CreateBrowserlikeClient();
        var form = await TrainingPortal.FormAsync(client, session);
        Assert.Equal(HttpStatusCode.SeeOther, (await HtmlForms.PostAsync(client, form, TrainingPortal.Booker("one@school.test"))).StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, (await HtmlForms.PostAsync(client, form, TrainingPortal.Booker("two@school.test"))).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await HtmlForms.PostAsync(client, form, TrainingPortal.Booker("three@school.test"))).StatusCode);
        Assert.Equal(2, (await limited.BookingsAsync(session)).Count);
    }

    [Fact]
    public async Task A_course_page_shows_the_course_its_outcomes_and_its_sessions_and_an_unknown_course_is_a_404()
    {
        var client = portal.CreateBrowserlikeClient();
        var page = await PortalFactory.ParseAsync(await client.GetAsync(TrainingPortal.Course));
        Assert.Equal("Designated teacher induction", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("CPD hours", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelectorAll(".govuk-list--bullet li"));
        Assert.NotEmpty(page.QuerySelectorAll($".app-session a[href^='{TrainingPortal.Course}/book/']"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/training/no-such-course")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{TrainingPortal.Course}/book/{Guid.NewGuid()}")).StatusCode);
    }
}
