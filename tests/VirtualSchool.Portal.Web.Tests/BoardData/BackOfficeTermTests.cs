using System.Net;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.BoardData;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Infrastructure.BoardData;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Tests.BackOffice;
using VirtualSchool.Portal.Web.Tests.Infrastructure;
using static VirtualSchool.Portal.Web.Tests.BoardData.BackOfficeBoardData;

namespace VirtualSchool.Portal.Web.Tests.BoardData;

/// <summary>
/// A term after upload: the commentary, publishing after a confirmation (exactly the version confirmed), a published
/// term never changing, the example terms seeded at first boot, and who may see the screens.
/// </summary>
[Trait("Category", "Integration")]
public sealed class BackOfficeTermTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    private BoardDataStore Store => factory.Services.GetRequiredService<BoardDataStore>();

    [Fact]
    public async Task A_data_officer_writes_the_commentary_and_publishes_the_term_after_confirming()
    {
        var slug = NewTerm();
        var term = BackOfficeBoardData.Term(slug);
        var officer = await factory.SignInAsync(BackOfficeRoles.DataOfficer);
        await UploadAsync(officer, slug, Csv("suspensions,all,12,,,,\n"));

        var saved = await BackOfficeBrowser.PostFormAsync(officer, $"{Base}/{slug}", $"/umbraco/board-data/{slug}/commentary",
            new Dictionary<string, string> { ["commentary"] = "Fewer suspensions.\r\n\r\nAll PEPs on time." });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var confirm = await PortalFactory.ParseAsync(await officer.GetAsync($"{Base}/{slug}/publish"));
        Assert.Contains("cannot be changed", confirm.QuerySelector(".govuk-warning-text")!.TextContent, StringComparison.Ordinal);
        var published = await BackOfficeBrowser.PostFormAsync(officer, $"{Base}/{slug}/publish", $"/umbraco/board-data/{slug}/publish");

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var figures = Assert.Single(await Store.PublishedAsync(), t => t.Term == term);
        Assert.Equal((BoardTermStatus.Published, 1, "Fewer suspensions.\n\nAll PEPs on time."), (figures.Status, figures.Version, figures.Commentary));
        Assert.NotNull(figures.PublishedUtc);
        var page = await PortalFactory.ParseAsync(await officer.GetAsync($"{Base}/{slug}"));
        Assert.NotNull(page.QuerySelector("#published"));
        Assert.Null(page.QuerySelector($"form[action='/umbraco/board-data/{slug}/commentary']"));
        Assert.Equal(2, page.QuerySelectorAll("#commentary-text p").Length);
        var log = factory.Services.GetRequiredService<AuditLog>();
        Assert.Equal(1, (await log.QueryAsync(new AuditQuery(Action: BoardDataAuditActions.Publish, Item: slug))).Total);
        Assert.Equal(1, (await log.QueryAsync(new AuditQuery(Action: BoardDataAuditActions.Commentary, Item: slug))).Total);
    }

    [Fact]
    public async Task A_published_terms_commentary_and_figures_cannot_be_changed()
    {
        var example = (await Store.PublishedAsync())[^1];
        var officer = await factory.SignInAsync(BackOfficeRoles.DataOfficer);
        var draft = NewTerm();
        await UploadAsync(officer, draft, Csv("suspensions,all,12,,,,\n"));
        var page = await PortalFactory.ParseAsync(await officer.GetAsync($"{Base}/{draft}"));
        var token = page.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

        var commentary = await officer.PostAsync($"{Base}/{example.Term.Slug}/commentary",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["commentary"] = "changed" }));
        var publish = await officer.PostAsync($"{Base}/{example.Term.Slug}/publish",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["version"] = "1" }));

        Assert.Equal(HttpStatusCode.Conflict, commentary.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, publish.StatusCode);
        Assert.Equal(example.Commentary, (await Store.FindAsync(example.Term))!.Commentary);
        Assert.Equal(example.PublishedUtc, (await Store.FindAsync(example.Term))!.PublishedUtc);
    }

    [Fact]
    public async Task Publishing_a_version_that_a_newer_upload_replaced_is_refused()
    {
        var slug = NewTerm();
        var term = BackOfficeBoardData.Term(slug);
        var officer = await factory.SignInAsync(BackOfficeRoles.DataOfficer);
        await UploadAsync(officer, slug, Csv("suspensions,all,12,,,,\n"));
        var confirm = await PortalFactory.ParseAsync(await officer.GetAsync($"{Base}/{slug}/publish"));
        await UploadAsync(officer, slug, Csv("suspensions,all,13,,,,\n"));

        var response = await HtmlForms.PostAsync(officer, confirm.QuerySelector($"form[action='/umbraco/board-data/{slug}/publish']")!, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(BoardTermStatus.Draft, (await Store.FindAsync(term))!.Status);
    }

    [Fact]
    public async Task Three_example_terms_are_seeded_published_through_the_validator_and_exercise_suppression()
    {
        var published = await Store.PublishedAsync();

        Assert.Equal(["2025-26-autumn", "2025-26-spring", "2025-26-summer"], published.Select(t => t.Term.Slug));
        Assert.All(published, t => Assert.True(t.IsExample && t.Status == BoardTermStatus.Published && t.Commentary is not null));
        var autumn = published[0];
        Assert.InRange(autumn.Find("permanent-exclusions")!.Count!.Value, 1, 5);
        Assert.InRange(autumn.Find("ks4-attainment8")!.Cohort!.Value, 1, 9);
        Assert.Equal(12, autumn.Find("suspensions")!.Count);
        Assert.Equal(3, autumn.Find("suspensions", "girls")!.Count);
        Assert.Equal(50.0m, autumn.Find("ks2-reading")!.Value);
        var officer = await factory.SignInAsync(BackOfficeRoles.DataOfficer);
        var list = await PortalFactory.ParseAsync(await officer.GetAsync(Base));
        Assert.Contains("Example", list.QuerySelector("tr[data-term='2025-26-summer']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Published", list.QuerySelector("tr[data-term='2025-26-summer']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_data_officers_and_administrators_reach_the_screens()
    {
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);
        var anonymous = factory.CreateBrowserlikeClient();
        var admin = await factory.SignInAdministratorAsync();

        foreach (var path in new[] { Base, $"{Base}/2025-26-autumn", $"{Base}/template.csv", $"{Base}/2025-26-autumn/versions/1" })
        {
            // The back office refuses by sending the user to its access-denied page.
            var refused = await editor.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.StartsWith("/umbraco/denied", PathOf(refused.Headers.Location!), StringComparison.Ordinal);
        }

        Assert.StartsWith("/umbraco/login", PathOf((await anonymous.GetAsync(Base)).Headers.Location!), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"{Base}/2025-26-autumn")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{Base}/2025-26-winter")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{Base}/2029-30-autumn")).StatusCode);
    }

    private static string PathOf(Uri location) => location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
}
