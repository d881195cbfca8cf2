using System.Net;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.PropertyEditors;
using VirtualSchool.Portal.Infrastructure.Media;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Members;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.BoardData;

/// <summary>"Attach the report to a Board meeting": one post from the back office makes the report one of the meeting's protected papers.</summary>
[Trait("Category", "Integration")]
public sealed class AttachTests(DashboardFactory portal) : IClassFixture<DashboardFactory>
{
    private const string AutumnMeeting = "0d7e3b58-2a94-4c61-9f8e-b1c5a7d3e926";
    private static readonly string AttachPath = $"/umbraco/board-data/{DashboardTerms.Autumn.Slug}/attach";

    [Fact]
    public async Task A_data_officer_attaches_the_report_to_a_meeting_and_board_members_find_it_among_its_protected_papers()
    {
        var officer = await portal.SignInAsync(BackOfficeRoles.DataOfficer);
        var response = await PostAsync(officer, AttachPath, AutumnMeeting);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/umbraco/board-data/" + DashboardTerms.Autumn.Slug, response.Headers.Location!.OriginalString);

        // The meeting's published papers end with the report, a media item in the Board papers folder.
        var repository = portal.Services.GetRequiredService<IContentRepository>();
        var node = (await repository.GetNodeAsync(Guid.Parse(AutumnMeeting)))!;
        var published = (await repository.GetVersionAsync(node.PublishedVersionId!.Value))!;
        var papers = StoredValues.MediaKeys(published.Properties["papers"]);
        Assert.Equal(5, papers.Count);
        var item = (await portal.Services.GetRequiredService<MediaRepository>().GetAsync(papers[^1]))!;
        Assert.Equal(MembersSeed.BoardPapersFolder, item.ParentKey);
        Assert.Equal("Board data report: Autumn term 2025/26", item.Name);

        var board = await portal.SignInBoardMemberAsync();
        var meeting = await PortalFactory.ParseAsync(await board.GetAsync("/members/board/autumn-term-2026-meeting"));
        var links = meeting.QuerySelectorAll(".app-papers li a").ToList();
        Assert.Equal(5, links.Count);
        var link = links.Single(a => a.TextContent.Contains("Board data report: Autumn term 2025/26", StringComparison.Ordinal)).GetAttribute("href")!;
        var file = await board.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal((byte)'P', (await file.Content.ReadAsByteArrayAsync())[0]);

        // Protected like the other papers: nobody signed out, and no member outside the Board, downloads it.
        Assert.NotEqual(HttpStatusCode.OK, (await portal.CreateBrowserlikeClient().GetAsync(link)).StatusCode);

        // The Delivery API never serves it, by id or among several: the report is protected like the other papers.
        var api = portal.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/umbraco/delivery/api/v2/media/item/{item.Key}")).StatusCode);
        Assert.DoesNotContain("Board data report", await api.GetStringAsync($"/umbraco/delivery/api/v2/media/items?id={item.Key}"), StringComparison.Ordinal);

        // Attaching it again would put a second copy in the papers pack: refused, and the papers stay as they were.
        await PostAsync(officer, AttachPath, AutumnMeeting);
        var again = await PortalFactory.ParseAsync(await officer.GetAsync("/umbraco"));
        Assert.Contains("is already in the papers of", again.Body!.TextContent, StringComparison.Ordinal);
        node = (await repository.GetNodeAsync(Guid.Parse(AutumnMeeting)))!;
        Assert.Equal(5, StoredValues.MediaKeys((await repository.GetVersionAsync(node.PublishedVersionId!.Value))!.Properties["papers"]).Count);
    }

    [Fact]
    public async Task Only_a_published_term_can_be_attached_and_only_to_a_board_meeting()
    {
        var officer = await portal.SignInAsync(BackOfficeRoles.DataOfficer);
        await PostAsync(officer, $"/umbraco/board-data/{DashboardTerms.DraftSpring.Slug}/attach", AutumnMeeting);
        var page = await PortalFactory.ParseAsync(await officer.GetAsync("/umbraco"));
        Assert.Contains("only a term published to the Board", page.Body!.TextContent, StringComparison.Ordinal);

        // The home page is not a meeting.
        var home = portal.Services.GetRequiredService<VirtualSchool.Portal.Core.Published.IPublishedContentCache>().GetByRoute("/")!.Key;
        await PostAsync(officer, AttachPath, home.ToString());
        page = await PortalFactory.ParseAsync(await officer.GetAsync("/umbraco"));
        Assert.Contains("choose a Board meeting", page.Body!.TextContent, StringComparison.Ordinal);

        var repository = portal.Services.GetRequiredService<IContentRepository>();
        var node = (await repository.GetNodeAsync(Guid.Parse(AutumnMeeting)))!;
        var papers = StoredValues.MediaKeys((await repository.GetVersionAsync(node.PublishedVersionId!.Value))!.Properties["papers"]);
        Assert.DoesNotContain(papers, k => k == Guid.Empty);
    }

    [Fact]
    public async Task Attaching_needs_the_board_data_policy_and_the_antiforgery_token()
    {
        var editor = await portal.SignInAsync(BackOfficeRoles.Editor);
        var refused = await PostAsync(editor, AttachPath, AutumnMeeting);
        Assert.False(refused.Headers.Location?.OriginalString.StartsWith("/umbraco/board-data", StringComparison.Ordinal) == true, "An editor attached a report");

        var officer = await portal.SignInAsync(BackOfficeRoles.DataOfficer);
        var forged = await officer.PostAsync(AttachPath, new FormUrlEncodedContent(new Dictionary<string, string> { ["meeting"] = AutumnMeeting }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    /// <summary>Posts the attach form as a browser would, with the antiforgery token of the signed-in user's back office.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string action, string meeting)
    {
        var page = await PortalFactory.ParseAsync(await client.GetAsync("/umbraco"));
        var token = page.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value") ?? "";
        return await client.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string> { ["meeting"] = meeting, ["__RequestVerificationToken"] = token }));
    }
}
