using VirtualSchool.Portal.Core.Audit;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Feedback;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Infrastructure.Persistence;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.BackOffice;

/// <summary>Editors read what readers said about each page, by date, on screen and as CSV.</summary>
[Trait("Category", "Integration")]
public sealed class FeedbackReportTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    /// <summary>Stores answers given at noon UK time on <paramref name="day"/>; each test uses its own year so they never meet.</summary>
    private async Task SeedAsync(Guid pageKey, string path, DateOnly day, int yes, int no, params string[] comments)
    {
        using var scope = factory.Services.CreateScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var at = TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(12, 0)), Core.UkTime.Zone);
        for (var i = 0; i < yes + no; i++)
        {
            db.Feedback.Add(new FeedbackEntry
            {
                PageKey = pageKey,
                Path = path,
                Useful = i < yes,
                CreatedAt = at.AddMinutes(i),
                Comment = i < comments.Length ? comments[i] : null,
                CommentedAt = i < comments.Length ? at.AddMinutes(i) : null,
                Token = Guid.NewGuid().ToString("N"),
            });
        }

        await db.SaveChangesAsync();
    }

    private PublishedContent Home() => factory.Services.GetRequiredService<IPublishedContentCache>().GetByRoute("/") ?? throw new InvalidOperationException("no home page");

    private static string Cell(AngleSharp.Dom.IElement row, string column) => row.QuerySelector($"[data-column='{column}']")!.TextContent.Trim();

    [Fact]
    public async Task Pages_are_listed_with_their_yes_and_no_counts_and_share_useful_most_answers_first()
    {
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);
        var home = Home();
        var other = Guid.NewGuid();
        await SeedAsync(home.Key, "/", new DateOnly(2021, 3, 10), yes: 2, no: 1);
        await SeedAsync(other, "/a-page-since-deleted", new DateOnly(2021, 3, 11), yes: 1, no: 3);

        var response = await editor.GetAsync("/umbraco/feedback?from=2021-03-01&to=2021-03-31");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = (await PortalFactory.ParseAsync(response)).QuerySelectorAll("#feedback-pages tbody tr").ToList();
        Assert.Equal([other.ToString(), home.Key.ToString()], rows.Select(r => r.GetAttribute("data-page-key")));
        Assert.Equal(("1", "3", "25%"), (Cell(rows[0], "yes"), Cell(rows[0], "no"), Cell(rows[0], "useful")));
        Assert.Equal(("2", "1", "67%"), (Cell(rows[1], "yes"), Cell(rows[1], "no"), Cell(rows[1], "useful")));
        Assert.Contains("/a-page-since-deleted", rows[0].QuerySelector("a")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(home.Name, rows[1].QuerySelector("a")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_date_filter_counts_only_answers_given_on_those_days_in_uk_time()
    {
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);
        var page = Guid.NewGuid();
        await SeedAsync(page, "/dated", new DateOnly(2022, 6, 1), yes: 1, no: 0);
        await SeedAsync(page, "/dated", new DateOnly(2022, 6, 2), yes: 0, no: 2);
        await SeedAsync(page, "/dated", new DateOnly(2022, 6, 3), yes: 4, no: 0);

        var response = await editor.GetAsync("/umbraco/feedback?from=2022-06-02&to=2022-06-02");

        var rows = (await PortalFactory.ParseAsync(response)).QuerySelectorAll("#feedback-pages tbody tr").ToList();
        var row = Assert.Single(rows);
        Assert.Equal(("0", "2", "0%"), (Cell(row, "yes"), Cell(row, "no"), Cell(row, "useful")));
    }

    [Fact]
    public async Task A_date_that_is_not_real_gets_an_error_summary_and_a_400()
    {
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);

        var response = await editor.GetAsync("/umbraco/feedback?from=2022-02-30&to=yesterday");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var links = (await PortalFactory.ParseAsync(response)).QuerySelectorAll(".govuk-error-summary a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#from", "#to"], links);
        Assert.Equal(HttpStatusCode.BadRequest, (await editor.GetAsync("/umbraco/feedback/export.csv?from=01/02/2022")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await editor.GetAsync("/umbraco/feedback/comments.csv?to=2022-02-30")).StatusCode);
    }

    [Fact]
    public async Task A_page_shows_its_counts_and_its_comments_newest_first_as_text()
    {
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);
        var page = Guid.NewGuid();
        await SeedAsync(page, "/commented", new DateOnly(2023, 1, 5), yes: 1, no: 2, "older comment", "<script>alert('x')</script>");

        var response = await editor.GetAsync($"/umbraco/feedback/page?key={page}&from=2023-01-01&to=2023-01-31");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        var document = await PortalFactory.ParseAsync(response);
        Assert.Equal("33%", document.QuerySelector("[data-count='useful']")!.TextContent.Trim());
        var comments = document.QuerySelectorAll("#feedback-comments .app-comment").Select(c => c.TextContent).ToList();
        Assert.Equal(["<script>alert('x')</script>", "older comment"], comments);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/umbraco/feedback/page?key={Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task The_csv_export_has_a_header_quotes_cells_and_defuses_formulas()
    {
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);
        await SeedAsync(Guid.NewGuid(), "=HYPERLINK(\"http://evil.example\",\"click\")", new DateOnly(2024, 2, 1), yes: 3, no: 1);
        await SeedAsync(Guid.NewGuid(), "/plain, with a comma", new DateOnly(2024, 2, 2), yes: 1, no: 0);

        var response = await editor.GetAsync("/umbraco/feedback/export.csv?from=2024-02-01&to=2024-02-29");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType ?? response.Headers.GetValues("Content-Disposition").Single().Split(';')[0]);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Page,Path,Page key,Yes,No,Answers,Useful (%),Comments", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",\"'=HYPERLINK(", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",3,1,4,75,0", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("\"/plain, with a comma\",\"/plain, with a comma\",", lines[2], StringComparison.Ordinal);
        Assert.EndsWith(",1,0,1,100,0", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_comment_can_be_exported_newest_first_in_UK_time_and_each_export_is_audited()
    {
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);
        await SeedAsync(Guid.NewGuid(), "/comments-export", new DateOnly(2023, 7, 3), yes: 1, no: 1, "useful, thanks", "-cmd|' /C calc'!A0");

        var response = await editor.GetAsync("/umbraco/feedback/comments.csv?from=2023-07-01&to=2023-07-31");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = Encoding.UTF8.GetString((await response.Content.ReadAsByteArrayAsync())[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Date (UK time),Page,Path,Useful,Comment", lines[0]);
        Assert.Equal(3, lines.Length);
        // Noon in British Summer Time is 11:00 UTC; the newer (the second answer, a minute later) comes first.
        Assert.Equal("2023-07-03 12:01,/comments-export,/comments-export,No,'-cmd|' /C calc'!A0", lines[1]);
        Assert.Equal("2023-07-03 12:00,/comments-export,/comments-export,Yes,\"useful, thanks\"", lines[2]);

        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var exports = await db.AuditLog.AsNoTracking().Where(e => e.Action == AuditActions.Export && e.ItemType == "feedback").ToListAsync();
        Assert.Contains(exports, e => e.ItemName == "feedback-comments-2023-07-01-to-2023-07-31.csv" && e.UserName!.StartsWith("editor-", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/umbraco/feedback")]
    [InlineData("/umbraco/feedback/export.csv")]
    [InlineData("/umbraco/feedback/comments.csv")]
    [InlineData("/umbraco/feedback/page?key=6b1b5f44-3f0e-4c57-9a36-0d3c1c5f3f10")]
    public async Task Feedback_is_refused_to_writers_training_coordinators_and_anonymous_readers(string path)
    {
        foreach (var role in new[] { BackOfficeRoles.Writer, BackOfficeRoles.TrainingCoordinator })
        {
            var refused = await (await factory.SignInAsync(role)).GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.StartsWith("/umbraco/denied", refused.Headers.Location!.PathAndQueryOf(), StringComparison.Ordinal);
        }

        var anonymous = await factory.CreateBrowserlikeClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/umbraco/login", anonymous.Headers.Location!.PathAndQueryOf(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await (await factory.SignInAdministratorAsync()).GetAsync("/umbraco/feedback")).StatusCode);
    }
}
