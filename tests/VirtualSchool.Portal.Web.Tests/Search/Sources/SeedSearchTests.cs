using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Core.Search;
using VirtualSchool.Portal.Web.Tests.Infrastructure;
using static VirtualSchool.Portal.Web.Tests.Search.Sources.SearchWaits;

namespace VirtualSchool.Portal.Web.Tests.Search.Sources;

/// <summary>The seed site as the indexes hold it: what the public, members and the back office find (read-only tests).</summary>
[Trait("Category", "Integration")]
public sealed class SeedSearchTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private ISearcher Searcher => factory.Services.GetRequiredService<ISearcher>();

    [Fact]
    public async Task Pp_plus_funding_finds_the_Pupil_Premium_Plus_page_for_the_public()
    {
        var results = await UntilBuiltAsync(Searcher, SearchIndexNames.External, "pp+ funding");

        var page = Assert.Single(results.Hits, h => h.Url == "/designated-teachers/pupil-premium-plus");
        Assert.Equal("Pupil Premium Plus", page.Title);
        Assert.Equal(SearchKind.Page, page.Kind);
        Assert.Equal("Designated teachers", page.Section);
        Assert.Contains("<mark>", page.SnippetHtml, StringComparison.Ordinal);
        // The public document on the grant is the Local Offer's report; the Board's and the members' papers are not for the public.
        Assert.Contains(results.Hits, h => h.Kind == SearchKind.Document && h.Url == "/media/osl21et1/local-offer-information-report.docx");
        Assert.DoesNotContain(results.Hits, h => IsRestrictedFile(h.Url));
    }

    [Fact]
    public async Task A_designated_teacher_finds_the_page_and_the_governors_questions_document()
    {
        var teacher = SearchReader.Member([MemberGroupNames.DesignatedTeachers]);
        var results = await UntilBuiltAsync(Searcher, SearchIndexNames.External, "pp+ funding", teacher);

        Assert.Contains(results.Hits, h => h.Url == "/designated-teachers/pupil-premium-plus");
        var document = Assert.Single(results.Hits, h => h.Url == "/media/vsres004/governors-questions-pupil-premium-plus.docx");
        Assert.Equal(SearchKind.Document, document.Kind);
        Assert.Equal("Word document", document.Format);
        Assert.True(document.Bytes > 0);
        // The Board's paper on the grant is for the Management Board alone.
        Assert.DoesNotContain(results.Hits, h => h.Url?.Contains("vsmb", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Board_papers_are_found_by_the_Board_and_never_by_the_public()
    {
        var board = SearchReader.Member([MemberGroupNames.ManagementBoard]);
        var forBoard = await UntilBuiltAsync(Searcher, SearchIndexNames.External, "tutoring mentoring", board);
        Assert.Contains(forBoard.Hits, h => h.Url == "/media/vsmb2604/pupil-premium-plus-2026-27.docx");

        foreach (var text in new[] { "tutoring mentoring", "agenda", "termly data report", "management board paper", "example paper" })
        {
            var results = await SearchAsync(Searcher, SearchIndexNames.External, text);
            Assert.DoesNotContain(results.Hits, h => IsRestrictedFile(h.Url));
            Assert.DoesNotContain(results.Hits, h => h.Url?.Contains("board-meetings", StringComparison.Ordinal) == true);
            Assert.Equal(results.Hits.Count(h => h.Kind == SearchKind.Document), results.KindCounts.GetValueOrDefault(SearchKind.Document));
        }

        // "payment" is a word of the Board's paper alone: the public is never offered it as a spelling; the Board is.
        var misspelt = await SearchAsync(Searcher, SearchIndexNames.External, "paymnt");
        Assert.Equal(0, misspelt.Total);
        Assert.DoesNotContain("payment", misspelt.Suggestion ?? "", StringComparison.OrdinalIgnoreCase);
        Assert.Contains((await SearchAsync(Searcher, SearchIndexNames.External, "payment", board)).Hits, h => h.Url == "/media/vsmb2604/pupil-premium-plus-2026-27.docx");
        Assert.Equal(0, (await SearchAsync(Searcher, SearchIndexNames.External, "payment")).Total);
    }

    [Fact]
    public async Task Training_courses_carry_their_upcoming_sessions()
    {
        var results = await UntilBuiltAsync(Searcher, SearchIndexNames.External, "County Hall Training Suite");

        Assert.NotEmpty(results.Hits);
        Assert.All(results.Hits, h => Assert.Equal(SearchKind.Training, h.Kind));
        Assert.Contains(results.Hits, h => h.Url == "/training/pep-training");
    }

    [Fact]
    public async Task The_back_office_index_holds_every_page_and_media_item()
    {
        var pages = await UntilBuiltAsync(Searcher, SearchIndexNames.Internal, "Pupil Premium Plus", SearchReader.BackOffice);

        var page = Assert.Single(pages.Hits, h => h.Kind == SearchKind.Content && h.Title == "Pupil Premium Plus");
        Assert.Equal("/umbraco/content/058b606b-9a09-4ade-a112-b65e90bf7cbc", page.Url);
        Assert.Equal("Published", page.Extra["state"]);
        // Board papers are media like any other in the back office.
        Assert.Contains(pages.Hits, h => h.Kind == SearchKind.Media && h.Title == "Pupil Premium Plus: use of the grant in 2026/27");
    }

    /// <summary>The Board's papers (vsmb…) and the member-only resources (vsres003, vsres004); the other resources are public.</summary>
    private static bool IsRestrictedFile(string? url) =>
        url is not null && (url.StartsWith("/media/vsmb", StringComparison.Ordinal)
            || url.StartsWith("/media/vsres003/", StringComparison.Ordinal) || url.StartsWith("/media/vsres004/", StringComparison.Ordinal));
}
