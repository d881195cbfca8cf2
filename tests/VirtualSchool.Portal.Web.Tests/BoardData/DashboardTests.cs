using System.Net;
using AngleSharp.Html.Dom;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Infrastructure.Persistence;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.BoardData;

/// <summary>The Board's dashboard over HTTP: who may read it, what it shows, and that a withheld figure appears nowhere.</summary>
[Trait("Category", "Integration")]
public sealed class DashboardTests(DashboardFactory portal) : IClassFixture<DashboardFactory>
{
    private static readonly string AutumnPath = "/members/board/data/" + DashboardTerms.Autumn.Slug;

    [Fact]
    public async Task A_board_member_sees_the_latest_published_term_with_withheld_cells_marked_c_and_explained()
    {
        var board = await portal.SignInBoardMemberAsync();
        var response = await board.GetAsync("/members/board/data");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var page = await PortalFactory.ParseAsync(response);

        Assert.Equal("Autumn term 2025/26", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("#example-figures"));
        Assert.Contains("c: withheld so that no child can be identified", page.QuerySelector("#about-c")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("from 1 to 5", page.QuerySelector("#about-c details")!.TextContent, StringComparison.Ordinal);

        // 3 children placed out of the county: withheld, and in-county too (40 - 37 would give it away).
        Assert.True(Withheld(page, "groups-cohort", "out-of-county", 0));
        Assert.True(Withheld(page, "groups-cohort", "in-county", 0));
        Assert.Equal("22", page.QuerySelector("[data-table='groups-cohort'] tr[data-group='girls'] td")!.TextContent.Trim());
        // Key Stage 2 reading: 7 of 9 children, a cohort under 10; 2 permanent exclusions.
        Assert.Equal("c (withheld)", page.QuerySelector("[data-table='trend-ks2-reading'] tbody tr:last-child td")!.TextContent.Trim());
        Assert.Equal("c (withheld)", page.QuerySelector("[data-table='trend-permanent-exclusions'] tbody tr:last-child td")!.TextContent.Trim());
        AssertNoRawValue(page.Body!.TextContent);
    }

    [Fact]
    public async Task Each_chart_is_an_svg_image_with_a_title_and_a_description_and_a_table_of_the_same_figures_beside_it()
    {
        var board = await portal.SignInBoardMemberAsync();
        var page = await PortalFactory.ParseAsync(await board.GetAsync(AutumnPath));

        var trend = page.QuerySelector("svg[data-chart='trend-attendance']")!;
        Assert.Equal("img", trend.GetAttribute("role"));
        Assert.Equal("trend-attendance-title trend-attendance-desc", trend.GetAttribute("aria-labelledby"));
        Assert.Contains("Attendance", trend.QuerySelector("title")!.TextContent, StringComparison.Ordinal);
        var description = trend.QuerySelector("desc")!.TextContent;
        Assert.Contains("Autumn term 2025/26: 91.2%, national 90.1%", description, StringComparison.Ordinal);
        Assert.Contains("Summer term 2024/25: 90.4%", description, StringComparison.Ordinal);
        Assert.NotNull(trend.QuerySelector("path[stroke-dasharray]"));

        var rows = page.QuerySelectorAll("[data-table='trend-attendance'] tbody tr");
        Assert.Equal(["Spring term 2024/25", "Summer term 2024/25", "Autumn term 2025/26"], rows.Select(r => r.QuerySelector("th")!.TextContent.Trim()));
        Assert.Equal("91.2%", rows[^1].QuerySelectorAll("td")[0].TextContent.Trim());
        Assert.Equal("90.1%", rows[^1].QuerySelectorAll("td")[1].TextContent.Trim());

        var groups = page.QuerySelector("svg[data-chart='groups-cohort']")!;
        Assert.Contains("Placed outside the county: c (withheld)", groups.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("c (withheld)", groups.TextContent, StringComparison.Ordinal);
        Assert.NotNull(groups.QuerySelector("pattern"));
        Assert.NotNull(page.QuerySelector("svg[data-chart='trend-ks2-reading'] text[font-weight='bold']"));
    }

    [Fact]
    public async Task The_page_summarises_what_changed_since_the_previous_published_term_and_shows_the_commentary()
    {
        var board = await portal.SignInBoardMemberAsync();
        var page = await PortalFactory.ParseAsync(await board.GetAsync(AutumnPath));

        Assert.Equal("What changed since the Summer term 2024/25", page.QuerySelector("#changes-heading")!.TextContent.Trim());
        var changes = page.QuerySelectorAll("#changes li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains(changes, c => c.StartsWith("Attendance rose from 90.4% to 91.2%", StringComparison.Ordinal));
        AssertNoRawValue(string.Join('\n', changes));
        Assert.Equal(["Attendance improved after the autumn half term.", "The Board asked for a breakdown by placement."],
            page.QuerySelectorAll("#commentary p").Select(p => p.TextContent.Trim()));

        var first = await PortalFactory.ParseAsync(await board.GetAsync("/members/board/data/" + DashboardTerms.Spring.Slug));
        Assert.Contains("first term published", first.QuerySelector("#changes")!.TextContent, StringComparison.Ordinal);
        Assert.Null(first.QuerySelector("#example-figures"));
        Assert.Equal(2, first.QuerySelectorAll("#terms a").Length);
    }

    [Fact]
    public async Task A_draft_term_an_unknown_term_and_a_malformed_slug_are_not_found()
    {
        var board = await portal.SignInBoardMemberAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await board.GetAsync("/members/board/data/" + DashboardTerms.DraftSpring.Slug)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await board.GetAsync("/members/board/data/" + DashboardTerms.DraftSpring.Slug + "/figures.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await board.GetAsync("/members/board/data/2019-20-autumn")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await board.GetAsync("/members/board/data/2025-27-autumn")).StatusCode);
        var latest = await PortalFactory.ParseAsync(await board.GetAsync("/members/board/data"));
        Assert.DoesNotContain(latest.QuerySelectorAll("#terms a"), a => a.GetAttribute("href")!.EndsWith(DashboardTerms.DraftSpring.Slug, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_those_who_may_read_the_boards_meetings_may_read_its_data()
    {
        var anonymous = portal.CreateBrowserlikeClient();
        var refused = await anonymous.GetAsync(AutumnPath);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/members/login", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync(AutumnPath + "/report.docx")).StatusCode);

        var teacher = await portal.SignInMemberAsync(await portal.CreateMemberAsync($"teacher-{Guid.NewGuid():N}@example.org", false, MemberGroupNames.DesignatedTeachers));
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.GetAsync("/members/board/data")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.GetAsync(AutumnPath + "/figures.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.GetAsync(AutumnPath + "/report.docx")).StatusCode);
    }

    [Fact]
    public async Task The_boards_meetings_page_links_to_its_data()
    {
        var board = await portal.SignInBoardMemberAsync();
        var page = await PortalFactory.ParseAsync(await board.GetAsync("/members/board"));
        Assert.Equal("/members/board/data", page.QuerySelector("#board-data-link a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_csv_holds_the_suppressed_figures_with_c_in_withheld_cells_and_the_download_is_audited()
    {
        var board = await portal.SignInBoardMemberAsync();
        var page = await PortalFactory.ParseAsync(await board.GetAsync(AutumnPath));
        var href = page.QuerySelectorAll("#downloads a").Select(a => a.GetAttribute("href")!).Single(h => h.EndsWith(".csv", StringComparison.Ordinal));
        var response = await board.GetAsync(href);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("term,measure,measure_name,theme,group,group_name,count,cohort,value,national,example", lines[0]);
        var outOfCounty = lines.Single(l => l.Contains(",cohort,", StringComparison.Ordinal) && l.Contains(",out-of-county,", StringComparison.Ordinal));
        Assert.Contains(",c,", outOfCounty, StringComparison.Ordinal);
        var reading = lines.Single(l => l.Contains(",ks2-reading,", StringComparison.Ordinal));
        Assert.Equal(["c", "74.0", "yes"], reading.Split(',')[^3..]);
        AssertNoRawValue(string.Join('\n', lines));

        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        Assert.True(await db.AuditLog.AnyAsync(e => e.Action == AuditActions.ProtectedDownload && e.ItemType == "board-data" && e.ItemName!.Contains("(.csv)")));
    }

    [Fact]
    public async Task The_report_is_a_word_document_of_the_same_suppressed_figures_with_the_commentary_and_the_example_marking()
    {
        var board = await portal.SignInBoardMemberAsync();
        var response = await board.GetAsync(AutumnPath + "/report.docx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("board-data-report-2025-26-autumn.docx", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart!.Document.Body!;
        var text = string.Join('\n', body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
        Assert.Contains("Board data report: Autumn term 2025/26", text, StringComparison.Ordinal);
        Assert.Contains("Example figures", text, StringComparison.Ordinal);
        Assert.Contains("What changed since the Summer term 2024/25", text, StringComparison.Ordinal);
        Assert.Contains(DashboardTerms.Commentary.Split('\n')[0], text, StringComparison.Ordinal);
        Assert.Contains("c: withheld so that no child can be identified", text, StringComparison.Ordinal);
        var rows = body.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableRow>().Select(r => r.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Contains(rows, r => r[0].StartsWith("Key Stage 2: reading", StringComparison.Ordinal) && r[4] == "c" && r[5] == "74.0%");
        Assert.Contains(rows, r => r[0] == "Attendance" && r[1] == "All children" && r[4] == "91.2%");
        AssertNoRawValue(text);

        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        Assert.True(await db.AuditLog.AnyAsync(e => e.Action == AuditActions.ProtectedDownload && e.ItemType == "board-data" && e.ItemName!.Contains("(.docx)")));
    }

    private static bool Withheld(IHtmlDocument page, string table, string group, int cell) =>
        page.QuerySelector($"[data-table='{table}'] tr[data-group='{group}']")!.QuerySelectorAll("td")[cell] is { } td
        && td.HasAttribute("data-suppressed") && td.TextContent.Trim() == "c (withheld)";

    private static void AssertNoRawValue(string text)
    {
        foreach (var raw in DashboardTerms.RawValues)
        {
            Assert.DoesNotContain(raw, text, StringComparison.Ordinal);
        }
    }
}
