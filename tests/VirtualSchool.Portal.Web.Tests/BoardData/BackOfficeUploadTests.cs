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
/// A data officer uploads a term through the back office: a file with errors is refused with every error listed and
/// nothing stored; the fixed file becomes a draft version; a published term cannot be uploaded again; files that are
/// too large or not the template get a 4xx, never a 500.
/// </summary>
[Trait("Category", "Integration")]
public sealed class BackOfficeUploadTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    private BoardDataStore Store => factory.Services.GetRequiredService<BoardDataStore>();

    [Fact]
    public async Task A_file_with_errors_is_refused_with_every_error_listed_and_nothing_stored()
    {
        var slug = NewTerm();
        var officer = await factory.SignInAsync(BackOfficeRoles.DataOfficer);

        var response = await UploadAsync(officer, slug, Csv("reading-age,all,3,10,,,\nks2-maths,all,12,10,,,\nattendance,all,,148,104,,\n"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await PortalFactory.ParseAsync(response);
        var listed = page.QuerySelectorAll(".govuk-error-summary__list a[href='#file']").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(3, listed.Count);
        Assert.StartsWith("Row 2, column measure:", listed[0], StringComparison.Ordinal);
        Assert.Equal("Row 3, column count: The count (12) is larger than its cohort (10)", listed[1]);
        Assert.Equal("Row 4, column value: A rate is a percentage: it cannot be over 100", listed[2]);
        Assert.Equal(slug, page.QuerySelector("select#term option[selected]")!.GetAttribute("value"));
        var term = BackOfficeBoardData.Term(slug);
        Assert.Null(await Store.FindAsync(term));
        var refused = await factory.Services.GetRequiredService<AuditLog>().QueryAsync(new AuditQuery(Action: BoardDataAuditActions.UploadRefused, Item: slug));
        Assert.Contains("3 error(s)", Assert.Single(refused.Entries).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_fixed_file_becomes_a_draft_and_each_upload_a_new_version_seen_only_in_the_back_office()
    {
        var slug = NewTerm();
        var term = BackOfficeBoardData.Term(slug);
        var officer = await factory.SignInAsync(BackOfficeRoles.DataOfficer);

        var first = await UploadAsync(officer, slug, Csv("suspensions,all,12,,,,\nsuspensions,girls,3,,,,\nsuspensions,boys,9,,,,\n"));
        var second = await UploadAsync(officer, slug, Csv("suspensions,all,11,,,,\nks2-reading,all,7,14,,62,\n"));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal($"/umbraco/board-data/{slug}", first.Headers.Location!.OriginalString);
        var draft = await Store.FindAsync(term);
        Assert.Equal((BoardTermStatus.Draft, 2, false), (draft!.Status, draft.Version, draft.IsExample));
        Assert.Equal(50.0m, draft.Find("ks2-reading")!.Value);
        Assert.Equal(3, (await Store.VersionAsync(term, 1))!.Figures.Count);
        Assert.DoesNotContain(await Store.PublishedAsync(), t => t.Term == term);

        var page = await PortalFactory.ParseAsync(await officer.GetAsync($"{Base}/{slug}"));
        Assert.Contains("Draft", page.QuerySelector("#status")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("7", page.QuerySelector("tr[data-figure='ks2-reading/all'] td:nth-of-type(2)")!.TextContent);
        var versions = await PortalFactory.ParseAsync(await officer.GetAsync($"{Base}/{slug}/versions"));
        Assert.Equal(["2", "1"], versions.QuerySelectorAll("tr[data-version]").Select(r => r.GetAttribute("data-version")));
        var uploads = await factory.Services.GetRequiredService<AuditLog>().QueryAsync(new AuditQuery(Action: BoardDataAuditActions.Upload, Item: slug));
        Assert.Equal(2, uploads.Total);
    }

    [Fact]
    public async Task A_published_term_cannot_be_uploaded_again()
    {
        var examples = (await Store.PublishedAsync())[0];
        var officer = await factory.SignInAsync(BackOfficeRoles.DataOfficer);

        var response = await UploadAsync(officer, examples.Term.Slug, Csv("suspensions,all,4,,,,\n"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await PortalFactory.ParseAsync(response);
        Assert.Contains("is already published to the Board", page.QuerySelector(".govuk-error-summary a[href='#term']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(examples.Version, (await Store.FindAsync(examples.Term))!.Version);
    }

    [Fact]
    public async Task A_missing_term_and_file_are_both_listed()
    {
        var officer = await factory.SignInAsync(BackOfficeRoles.DataOfficer);

        var response = await UploadAsync(officer, null, null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await PortalFactory.ParseAsync(response);
        Assert.NotNull(page.QuerySelector(".govuk-error-summary a[href='#term']"));
        Assert.NotNull(page.QuerySelector(".govuk-error-summary a[href='#file']"));
    }

    [Theory]
    [InlineData("figures.xlsx", "PK\u0003\u0004 this is not a workbook")]
    [InlineData("figures.docx", "hello")]
    [InlineData("figures.csv", "")]
    public async Task A_file_that_is_not_the_template_is_a_400_not_a_500(string name, string content)
    {
        var officer = await factory.SignInAsync(BackOfficeRoles.DataOfficer);

        var response = await UploadAsync(officer, NewTerm(), System.Text.Encoding.Latin1.GetBytes(content), name);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await PortalFactory.ParseAsync(response)).QuerySelector(".govuk-error-summary a[href='#file']"));
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_with_a_413_page_and_nothing_stored()
    {
        var slug = NewTerm();
        var officer = await factory.SignInAsync(BackOfficeRoles.DataOfficer);
        var huge = new byte[2_100_000];
        Array.Fill(huge, (byte)'a');

        var response = await UploadAsync(officer, slug, huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("too large", (await PortalFactory.ParseAsync(response)).QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var term = BackOfficeBoardData.Term(slug);
        Assert.Null(await Store.FindAsync(term));
    }

    [Fact]
    public async Task An_upload_without_the_antiforgery_token_is_refused()
    {
        var officer = await factory.SignInAsync(BackOfficeRoles.DataOfficer);
        using var content = new MultipartFormDataContent { { new StringContent(NewTerm()), "term" }, { new ByteArrayContent(Csv("suspensions,all,4,,,,\n")), "file", "f.csv" } };

        var response = await officer.PostAsync(Base + "/upload", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_templates_download_as_xlsx_and_csv_with_every_measure_and_group()
    {
        var officer = await factory.SignInAsync(BackOfficeRoles.DataOfficer);

        var xlsx = await officer.GetAsync(Base + "/template.xlsx");
        var csv = await officer.GetAsync(Base + "/template.csv");

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        Assert.Equal("board-data-template.xlsx", xlsx.Content.Headers.ContentDisposition!.FileNameStar ?? xlsx.Content.Headers.ContentDisposition.FileName);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("measure,group,count,cohort,value,national,name", lines[0]);
        Assert.Equal(1 + BoardMeasures.All.Count * BoardGroups.Known.Count, lines.Length);
        Assert.StartsWith("attendance,girls,,,,,", lines.Single(l => l.StartsWith("attendance,girls", StringComparison.Ordinal)), StringComparison.Ordinal);
    }
}
