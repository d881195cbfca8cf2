using VirtualSchool.Portal.Core.Search;
using static VirtualSchool.Portal.Core.Tests.Search.Engine.TestSearchEngine;

namespace VirtualSchool.Portal.Core.Tests.Search.Engine;

[Trait("Category", "Unit")]
public sealed class SearchFilterTests : IDisposable
{
    private readonly TestSearchEngine _search = new();

    public void Dispose() => _search.Dispose();

    private Task IndexSampleAsync() => _search.IndexAsync(
        Page("g1", "Exclusions guidance", "Funding and exclusions.", SearchKind.Guidance) with { Audiences = ["Designated teachers"], Date = new DateTime(2026, 3, 1) },
        Page("g2", "Attendance guidance", "Funding and attendance.", SearchKind.Guidance) with { Audiences = ["Social workers", "Designated teachers"], Date = new DateTime(2026, 5, 1) },
        Page("t1", "Training on funding", "Funding course.", SearchKind.Training) with { Audiences = ["Foster carers"], Date = new DateTime(2026, 1, 1) },
        Page("p1", "Funding", "Funding page.") with { Date = new DateTime(2025, 1, 1) },
        Page("board", "Board papers: funding", "Confidential funding zanzibar figures.") with { AllowedGroups = new HashSet<string> { "Board" } },
        Page("members", "Members funding", "Member-only funding.") with { AllowedGroups = new HashSet<string> { "Members", "Board" } });

    [Fact]
    public async Task The_kind_filter_limits_results_and_the_kind_counts_ignore_it()
    {
        await IndexSampleAsync();

        var results = await _search.SearchAsync(new SearchRequest { Text = "funding", Kinds = [SearchKind.Guidance] });

        Assert.Equal(2, results.Total);
        Assert.Equal(2, results.KindCounts[SearchKind.Guidance]);
        Assert.Equal(1, results.KindCounts[SearchKind.Training]);
        Assert.Equal(1, results.KindCounts[SearchKind.Page]);
        // The audience counts respect the kinds asked for: the training's audience is not among them.
        Assert.Equal(2, results.AudienceCounts.Count);
        Assert.Equal(2, results.AudienceCounts["Designated teachers"]);
    }

    [Fact]
    public async Task The_audience_filter_takes_any_case_and_its_counts_ignore_it()
    {
        await IndexSampleAsync();

        var results = await _search.SearchAsync(new SearchRequest { Text = "funding", Audience = "DESIGNATED teachers" });

        Assert.Equal(["content:g1", "content:g2"], results.Hits.Select(h => h.Id).Order());
        Assert.Equal(1, results.AudienceCounts["Foster carers"]);
        Assert.Equal(2, results.KindCounts[SearchKind.Guidance]);
        Assert.False(results.KindCounts.ContainsKey(SearchKind.Training));
    }

    [Fact]
    public async Task The_public_never_find_restricted_documents_in_results_or_counts()
    {
        await IndexSampleAsync();

        var results = await _search.SearchAsync("funding");
        var confidential = await _search.SearchAsync("confidential");

        Assert.Equal(4, results.Total);
        Assert.DoesNotContain(results.Hits, h => h.Id is "content:board" or "content:members");
        Assert.Equal(4, results.KindCounts.Values.Sum());
        Assert.Equal(0, confidential.Total);
        Assert.Empty(confidential.KindCounts);
    }

    [Fact]
    public async Task A_member_finds_public_documents_and_those_of_their_groups_only()
    {
        await IndexSampleAsync();

        var member = await _search.SearchAsync("funding", SearchReader.Member(["members"]));
        var board = await _search.SearchAsync("funding", SearchReader.Member(["Board"]));
        var staff = await _search.SearchAsync("funding", SearchReader.BackOffice);

        Assert.Equal(5, member.Total);
        Assert.DoesNotContain(member.Hits, h => h.Id == "content:board");
        Assert.Equal(6, board.Total);
        Assert.Equal(6, staff.Total);
    }

    [Fact]
    public async Task Suggestions_come_from_public_words_only()
    {
        await IndexSampleAsync();
        await _search.IndexAsync(Page("zz", "Zanzibar", "Restricted zanzibar.") with { AllowedGroups = new HashSet<string>() });

        var restricted = await _search.SearchAsync("zanzibat", SearchReader.Member(["Board"]));
        var misspelt = await _search.SearchAsync("atendance");

        Assert.Null(restricted.Suggestion);
        Assert.Equal("attendance", misspelt.Suggestion);
    }

    [Fact]
    public async Task A_word_of_a_document_later_restricted_is_no_longer_suggested()
    {
        await _search.IndexAsync(Page("x", "Quarterly", "Zanzibar figures."));
        Assert.Equal("zanzibar", (await _search.SearchAsync("zanzibat")).Suggestion);

        await _search.IndexAsync(Page("x", "Quarterly", "Zanzibar figures.") with { AllowedGroups = new HashSet<string> { "Board" } });

        Assert.Null((await _search.SearchAsync("zanzibat")).Suggestion);
    }

    [Fact]
    public async Task Newest_sorts_by_date_and_pages_follow_it()
    {
        await IndexSampleAsync();

        var first = await _search.SearchAsync(new SearchRequest { Text = "funding", Sort = SearchSort.Newest, PageSize = 2 });
        var second = await _search.SearchAsync(new SearchRequest { Text = "funding", Sort = SearchSort.Newest, PageSize = 2, Page = 2 });
        var beyond = await _search.SearchAsync(new SearchRequest { Text = "funding", Page = 1_000_000, PageSize = 50 });

        Assert.Equal(["content:g2", "content:g1"], first.Hits.Select(h => h.Id));
        Assert.Equal(["content:t1", "content:p1"], second.Hits.Select(h => h.Id));
        Assert.Equal(4, second.Total);
        Assert.Empty(beyond.Hits);
        Assert.Equal(new DateTime(2026, 5, 1, 0, 0, 0, DateTimeKind.Utc), first.Hits[0].Date);
    }

    [Fact]
    public async Task Removing_by_id_and_by_owner_takes_documents_out_at_once()
    {
        await _search.IndexAsync(
            Page("course", "Course", "Funding course.", SearchKind.Training),
            Page("s1", "Session 1", "Funding session.", SearchKind.Training) with { Id = "session:1", Owner = "course-key" },
            Page("s2", "Session 2", "Funding session.", SearchKind.Training) with { Id = "session:2", Owner = "course-key" });

        await _search.Engine.RemoveOwnedAsync(SearchIndexNames.External, "course-key", CancellationToken.None);
        Assert.Equal(["content:course"], (await _search.SearchAsync("funding")).Hits.Select(h => h.Id));

        await _search.Engine.RemoveAsync(SearchIndexNames.External, ["content:course", "content:unknown"], CancellationToken.None);
        Assert.Equal(0, (await _search.SearchAsync("funding")).Total);
    }

    [Fact]
    public async Task A_hit_carries_what_the_document_said_of_itself()
    {
        await _search.IndexAsync(new SearchDocument
        {
            Id = "media:1", Kind = SearchKind.Document, Title = "PP+ 2026-27", Text = "Funding.", Url = "/media/a/pp.docx",
            Section = "Schools", Bytes = 12345, Format = "Word document", Audiences = ["Designated teachers"],
            Extra = new Dictionary<string, string> { ["state"] = "Draft" },
        });

        var hit = Assert.Single((await _search.SearchAsync("funding")).Hits);

        Assert.Equal((SearchKind.Document, "/media/a/pp.docx", "Schools", 12345L, "Word document"), (hit.Kind, hit.Url, hit.Section, hit.Bytes, hit.Format));
        Assert.Equal(["Designated teachers"], hit.Audiences);
        Assert.Equal("Draft", hit.Extra["state"]);
        Assert.True(hit.Score > 0);
    }
}
