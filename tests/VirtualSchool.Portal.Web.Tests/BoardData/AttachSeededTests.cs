using System.Net;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Tests.Infrastructure;
using VirtualSchool.Portal.Web.Tests.Members;

namespace VirtualSchool.Portal.Web.Tests.BoardData;

/// <summary>
/// The whole way round on the real store and its first-boot examples: the data officer's term page offers the attach
/// form, the report goes to a meeting's papers, and the Board sees the examples' latest term on its dashboard.
/// </summary>
[Trait("Category", "Integration")]
public sealed class AttachSeededTests(MembersFactory portal) : IClassFixture<MembersFactory>
{
    private const string AutumnMeeting = "0d7e3b58-2a94-4c61-9f8e-b1c5a7d3e926";
    private const string Latest = "2025-26-summer";

    [Fact]
    public async Task The_data_officer_attaches_a_seeded_terms_report_from_its_page_and_the_board_reads_the_term()
    {
        var board = await portal.SignInBoardMemberAsync();
        var dashboard = await PortalFactory.ParseAsync(await WaitForTermsAsync(board));
        Assert.Equal("Summer term 2025/26", dashboard.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(dashboard.QuerySelector("#example-figures"));
        Assert.NotEmpty(dashboard.QuerySelectorAll("td[data-suppressed]"));
        Assert.Equal(3, dashboard.QuerySelectorAll("[data-table='trend-attendance'] tbody tr").Length);

        var officer = await portal.SignInAsync(BackOfficeRoles.DataOfficer);
        var page = await PortalFactory.ParseAsync(await officer.GetAsync("/umbraco/board-data/" + Latest));
        var form = page.QuerySelector($"form[action='/umbraco/board-data/{Latest}/attach']")!;
        Assert.NotNull(form.QuerySelector($"select[name='meeting'] option[value='{AutumnMeeting}']"));
        var attached = await HtmlForms.PostAsync(officer, form, new Dictionary<string, string> { ["meeting"] = AutumnMeeting });
        Assert.Equal("/umbraco/board-data/" + Latest, attached.Headers.Location!.OriginalString);
        var after = await PortalFactory.ParseAsync(await officer.GetAsync(attached.Headers.Location.OriginalString));
        Assert.Contains("is attached to the papers of", after.Body!.TextContent, StringComparison.Ordinal);

        var meeting = await PortalFactory.ParseAsync(await board.GetAsync("/members/board/autumn-term-2026-meeting"));
        Assert.Contains(meeting.QuerySelectorAll(".app-papers li a"), a => a.TextContent.Contains("Board data report: Summer term 2025/26", StringComparison.Ordinal));
    }

    /// <summary>The examples are added just after start: the dashboard, once it has a term.</summary>
    private static async Task<HttpResponseMessage> WaitForTermsAsync(HttpClient board)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var response = await board.GetAsync("/members/board/data");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync();
            if (!body.Contains("id=\"no-terms\"", StringComparison.Ordinal) || DateTime.UtcNow > deadline)
            {
                return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body) };
            }

            await Task.Delay(250);
        }
    }
}
