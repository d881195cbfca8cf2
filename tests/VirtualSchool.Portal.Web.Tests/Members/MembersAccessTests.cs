using System.IO.Compression;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Web.Tests.BackOffice;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Members;

/// <summary>
/// Public access over HTTP on the seeded Board area: every protected page and file, by its path, by its media
/// id and by its old public address, gives anonymous readers and members of other groups nothing, and Board
/// members everything, with every download audited.
/// </summary>
[Trait("Category", "Integration")]
public sealed class MembersAccessTests(MembersFactory portal) : IClassFixture<MembersFactory>
{
    private static readonly string[] ProtectedPages =
    [
        "/about/management-board/board-meetings",
        "/about/management-board/board-meetings/autumn-term-2026-meeting",
        "/about/management-board/board-meetings/spring-term-2027-meeting",
        "/about/management-board/board-meetings/summer-term-2027-meeting",
        "/about/resources-for-members/member-only-resources",
        "/about/resources-for-members/member-only-resources/designated-teachers-termly-checklist",
        "/about/resources-for-members/member-only-resources/questions-for-governing-boards-on-pupil-premium-plus",
        "/members/board",
        "/members/board/autumn-term-2026-meeting",
        "/members/board/autumn-term-2026-meeting/papers.zip",
        "/members/board/spring-term-2027-meeting",
        "/members/board/summer-term-2027-meeting",
    ];

    /// <summary>Every seeded Board paper and member-only resource: key and old public address.</summary>
    private static readonly (Guid Key, string Url)[] ProtectedFiles =
    [
        (Guid.Parse("de2c10a2-9e17-4f97-9431-92ab54f60d35"), "/media/vsmb2601/agenda-autumn-2026.docx"),
        (Guid.Parse("689edfe3-3539-456d-8da7-6de09b074b39"), "/media/vsmb2602/termly-data-report-autumn-2026.docx"),
        (Guid.Parse("d8a9949d-5301-4b09-836b-edf9f47eb91d"), "/media/vsmb2603/head-report-autumn-2026.docx"),
        (Guid.Parse("99527f73-39af-4a7a-a9d3-9f63ec5c7d1f"), "/media/vsmb2604/pupil-premium-plus-2026-27.docx"),
        (Guid.Parse("618dc234-59fd-42cd-8978-44f817c96a89"), "/media/vsmb2701/agenda-spring-2027.docx"),
        (Guid.Parse("b3837240-968d-4bea-9c64-bbfa93e498dc"), "/media/vsmb2702/termly-data-report-spring-2027.docx"),
        (Guid.Parse("aa15a569-c48f-497f-9afe-22f7078b4ea2"), "/media/vsmb2703/pep-quality-audit-spring-2027.docx"),
        (Guid.Parse("49d7d7b3-2673-440b-990e-3e4dd2d62df4"), "/media/vsres003/designated-teacher-termly-checklist.docx"),
        (Guid.Parse("f4e138d2-184d-4c87-8854-cba96f3996a3"), "/media/vsres004/governors-questions-pupil-premium-plus.docx"),
    ];

    [Fact]
    public async Task Anonymous_readers_are_sent_to_sign_in_and_get_no_protected_page_or_file()
    {
        var client = portal.CreateBrowserlikeClient();
        foreach (var path in ProtectedPages)
        {
            var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{path} answered {response.StatusCode}");
            Assert.StartsWith("/members/login", PathOf(response));
            Assert.DoesNotContain("Termly data report", await response.Content.ReadAsStringAsync());
        }

        foreach (var (key, url) in ProtectedFiles)
        {
            var old = await client.GetAsync(url);
            Assert.True(old.StatusCode == HttpStatusCode.NotFound, $"{url} answered {old.StatusCode}");
            var byKey = await client.GetAsync($"/members/files/{key}/paper.docx");
            Assert.Equal(HttpStatusCode.Redirect, byKey.StatusCode);
            Assert.StartsWith("/members/login", PathOf(byKey));
            Assert.NotEqual("application/vnd.openxmlformats-officedocument.wordprocessingml.document", byKey.Content.Headers.ContentType?.MediaType);
        }
    }

    /// <summary>The redirect's path and query (the cookie handler's challenge gives an absolute address on this site).</summary>
    private static string PathOf(HttpResponseMessage response) =>
        response.Headers.Location is { IsAbsoluteUri: true } absolute ? absolute.PathAndQuery : response.Headers.Location!.OriginalString;

    [Fact]
    public async Task A_protected_page_sends_the_reader_to_sign_in_and_back_to_it()
    {
        var member = await portal.CreateMemberAsync($"gov-{Guid.NewGuid():N}@example.org", false, MemberGroupNames.Governors);
        var client = portal.CreateBrowserlikeClient();
        var first = await client.GetAsync("/about/resources-for-members/member-only-resources/designated-teachers-termly-checklist");
        Assert.Equal("/members/login?returnUrl=%2Fabout%2Fresources-for-members%2Fmember-only-resources%2Fdesignated-teachers-termly-checklist", first.Headers.Location!.OriginalString);

        var signedIn = await MemberBrowser.SignInAsync(client, member.Email!, MembersFactory.MemberPassword, "/members/resources");
        Assert.Equal("/members/resources", signedIn.Headers.Location!.OriginalString);

        // Never to another site, however the address is written.
        foreach (var evil in new[] { "https://evil.example/", "//evil.example/", "/\\evil.example/" })
        {
            var other = portal.CreateBrowserlikeClient();
            var response = await MemberBrowser.SignInAsync(other, member.Email!, MembersFactory.MemberPassword, evil);
            Assert.Equal("/members", response.Headers.Location!.OriginalString);
        }
    }

    [Fact]
    public async Task Members_of_other_groups_get_a_403_page_and_no_protected_file()
    {
        var member = await portal.CreateMemberAsync($"carer-{Guid.NewGuid():N}@example.org", false, MemberGroupNames.FosterCarers);
        var client = await portal.SignInMemberAsync(member);
        foreach (var path in ProtectedPages)
        {
            var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{path} answered {response.StatusCode}");
            Assert.Contains("You cannot see this page", await response.Content.ReadAsStringAsync());
        }

        foreach (var (key, url) in ProtectedFiles)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
            var byKey = await client.GetAsync($"/members/files/{key}/paper.docx");
            Assert.Equal(HttpStatusCode.Forbidden, byKey.StatusCode);
            Assert.Null(byKey.Content.Headers.ContentDisposition);
        }
    }

    [Fact]
    public async Task A_board_member_sees_the_meetings_and_downloads_papers_privately_and_every_download_is_audited()
    {
        var client = await portal.SignInBoardMemberAsync();

        var board = await client.GetAsync("/members/board");
        Assert.Equal(HttpStatusCode.OK, board.StatusCode);
        var list = await PortalFactory.ParseAsync(board);
        Assert.Equal("Academic year 2026/27", list.QuerySelector("h2")!.TextContent.Trim());
        var meetings = list.QuerySelectorAll("table a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(["Summer term 2027 meeting", "Spring term 2027 meeting", "Autumn term 2026 meeting"], meetings);

        // The content route of a meeting goes to its members-area page.
        var route = await client.GetAsync("/about/management-board/board-meetings/autumn-term-2026-meeting");
        Assert.Equal("/members/board/autumn-term-2026-meeting", route.Headers.Location!.OriginalString);

        var meeting = await PortalFactory.ParseAsync(await client.GetAsync("/members/board/autumn-term-2026-meeting"));
        var papers = meeting.QuerySelectorAll(".app-papers li").ToList();
        Assert.Equal(4, papers.Count);
        Assert.Contains("Termly data report: autumn 2026", papers[1].TextContent);
        Assert.Matches(@"DOCX document, \d+(\.\d+)? KB", papers[1].QuerySelector(".app-file-meta")!.TextContent);

        // The spring papers are not published yet: not listed.
        var spring = await PortalFactory.ParseAsync(await client.GetAsync("/members/board/spring-term-2027-meeting"));
        Assert.Empty(spring.QuerySelectorAll(".app-papers li"));

        var link = papers[1].QuerySelector("a")!.GetAttribute("href")!;
        var before = DateTime.UtcNow.AddSeconds(-1);
        var download = await client.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.True(download.Headers.CacheControl is { Private: true, NoStore: true });
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        var bytes = await download.Content.ReadAsByteArrayAsync();
        Assert.Equal((byte)'P', bytes[0]);

        var audit = portal.Services.GetRequiredService<AuditLog>();
        var entries = await audit.QueryAsync(new AuditQuery(Action: AuditActions.ProtectedDownload, From: before));
        var entry = Assert.Single(entries.Entries, e => e.ItemKey == "689edfe3-3539-456d-8da7-6de09b074b39");
        Assert.NotNull(entry.UserId);
        Assert.StartsWith("board-", entry.UserName);
        Assert.Equal("Termly data report: autumn 2026", entry.ItemName);

        var zip = await client.GetAsync("/members/board/autumn-term-2026-meeting/papers.zip");
        Assert.Equal(HttpStatusCode.OK, zip.StatusCode);
        Assert.True(zip.Headers.CacheControl is { Private: true, NoStore: true });
        Assert.Equal("attachment", zip.Content.Headers.ContentDisposition!.DispositionType);
        using var archive = new ZipArchive(await zip.Content.ReadAsStreamAsync());
        Assert.Equal(4, archive.Entries.Count);
        Assert.Contains(archive.Entries, e => e.Name == "termly-data-report-autumn-2026.docx");

        // The old public addresses stay closed, even for a Board member: only the checked endpoint serves files.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/media/vsmb2602/termly-data-report-autumn-2026.docx")).StatusCode);
    }

    [Fact]
    public async Task Protected_pages_are_never_in_navigation_or_the_sitemap()
    {
        var client = portal.CreateBrowserlikeClient();
        var sitemap = await client.GetStringAsync("/sitemap.xml");
        Assert.DoesNotContain("board-meetings", sitemap);
        Assert.DoesNotContain("member-only-resources", sitemap);
        Assert.Contains("/about/management-board", sitemap);

        var board = await portal.SignInBoardMemberAsync();
        foreach (var reader in new[] { client, board })
        {
            var page = await reader.GetStringAsync("/about/management-board");
            Assert.DoesNotContain("board-meetings", page);
            var about = await reader.GetStringAsync("/about");
            Assert.DoesNotContain("member-only-resources", about);
        }
    }

    [Fact]
    public async Task A_page_and_a_file_restricted_after_being_read_are_no_longer_served_at_their_old_addresses()
    {
        var anonymous = portal.CreateBrowserlikeClient();
        // Read (and cache) a public page and a public file first.
        const string pagePath = "/admissions";
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(pagePath)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(pagePath)).StatusCode);
        const string fileUrl = "/media/vsres001/governors-guide-children-in-care.docx";
        var publicFile = await anonymous.GetAsync(fileUrl);
        Assert.Equal(HttpStatusCode.OK, publicFile.StatusCode);
        // Caches may keep the file but must ask before each use, so the restriction below reaches them too.
        Assert.True(publicFile.Headers.CacheControl!.NoCache, publicFile.Headers.CacheControl.ToString());
        var lastModified = publicFile.Content.Headers.LastModified!.Value;
        using (var revalidate = new HttpRequestMessage(HttpMethod.Get, fileUrl) { Headers = { IfModifiedSince = lastModified } })
        {
            Assert.Equal(HttpStatusCode.NotModified, (await anonymous.SendAsync(revalidate)).StatusCode);
        }

        var admin = await portal.SignInAdministratorAsync();
        var node = portal.Services.GetRequiredService<VirtualSchool.Portal.Core.Published.IPublishedContentCache>().GetByRoute(pagePath)!;
        var saved = await BackOfficeBrowser.PostFormAsync(admin, $"/umbraco/content/{node.Key}/public-access", $"/umbraco/content/{node.Key}/public-access",
            new Dictionary<string, string> { ["groupNames"] = MemberGroupNames.Governors });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var folder = Guid.Parse("de90b5e6-4761-4e04-87ca-0de251135860");
        saved = await BackOfficeBrowser.PostFormAsync(admin, $"/umbraco/media/{folder}/public-access", $"/umbraco/media/{folder}/public-access",
            new Dictionary<string, string> { ["groupNames"] = MemberGroupNames.Governors });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        try
        {
            var page = await anonymous.GetAsync(pagePath);
            Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
            Assert.StartsWith("/members/login", page.Headers.Location!.OriginalString);
            var home = await PortalFactory.ParseAsync(await anonymous.GetAsync("/"));
            Assert.DoesNotContain(home.QuerySelectorAll(".govuk-service-navigation a, .govuk-footer a"), a => a.GetAttribute("href") == pagePath);
            Assert.DoesNotContain(pagePath + "<", await anonymous.GetStringAsync("/sitemap.xml"));
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(fileUrl)).StatusCode);
            using (var revalidate = new HttpRequestMessage(HttpMethod.Get, fileUrl) { Headers = { IfModifiedSince = lastModified } })
            {
                Assert.Equal(HttpStatusCode.NotFound, (await anonymous.SendAsync(revalidate)).StatusCode);
            }

            Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/members/files/75ab0b0f-bbf0-45d4-a23e-e9e3f7ff05a3/x.docx")).StatusCode);

            var governor = await portal.SignInMemberAsync(await portal.CreateMemberAsync($"gov-{Guid.NewGuid():N}@example.org", false, MemberGroupNames.Governors));
            var allowed = await governor.GetAsync(pagePath);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
            Assert.Contains("no-store", allowed.Headers.CacheControl!.ToString());
            Assert.Equal(HttpStatusCode.NotFound, (await governor.GetAsync(fileUrl)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await governor.GetAsync("/members/files/75ab0b0f-bbf0-45d4-a23e-e9e3f7ff05a3/x.docx")).StatusCode);
        }
        finally
        {
            await BackOfficeBrowser.PostFormAsync(admin, $"/umbraco/content/{node.Key}/public-access", $"/umbraco/content/{node.Key}/public-access",
                new Dictionary<string, string> { ["groupNames"] = "" });
            await BackOfficeBrowser.PostFormAsync(admin, $"/umbraco/media/{folder}/public-access", $"/umbraco/media/{folder}/public-access",
                new Dictionary<string, string> { ["groupNames"] = "" });
        }

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(pagePath)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(fileUrl)).StatusCode);
    }

    [Fact]
    public async Task Resources_show_public_documents_to_everyone_and_member_only_ones_to_their_groups_with_filters()
    {
        var anonymous = await PortalFactory.ParseAsync(await portal.CreateBrowserlikeClient().GetAsync("/members/resources"));
        var titles = anonymous.QuerySelectorAll(".app-resources h2 a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(2, titles.Count);
        Assert.DoesNotContain("Designated teacher's termly checklist", titles);

        var teacher = await portal.SignInMemberAsync(await portal.CreateMemberAsync($"dt-{Guid.NewGuid():N}@example.org", false, MemberGroupNames.DesignatedTeachers));
        var page = await PortalFactory.ParseAsync(await teacher.GetAsync("/members/resources"));
        var items = page.QuerySelectorAll(".app-resources li").ToList();
        Assert.Equal(4, items.Count);
        var checklist = Assert.Single(items, i => i.TextContent.Contains("Designated teacher's termly checklist"));
        Assert.Contains("Members only", checklist.TextContent);
        Assert.Contains("File format: DOCX", checklist.TextContent);
        Assert.StartsWith("/members/files/", checklist.QuerySelector("a")!.GetAttribute("href"));

        var governors = await PortalFactory.ParseAsync(await teacher.GetAsync("/members/resources?audience=school-governors&show=members"));
        Assert.Equal(["Questions for governing boards on Pupil Premium Plus"], governors.QuerySelectorAll(".app-resources h2 a").Select(a => a.TextContent.Trim()));

        var bad = await teacher.GetAsync("/members/resources?format=exe");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Select a file format from the list", await bad.Content.ReadAsStringAsync());
    }
}
