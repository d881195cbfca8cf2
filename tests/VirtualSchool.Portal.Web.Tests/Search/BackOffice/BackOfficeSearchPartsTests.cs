using VirtualSchool.Portal.Core.Search;
using VirtualSchool.Portal.Web.BackOffice;
using VirtualSchool.Portal.Web.BackOffice.Search;

namespace VirtualSchool.Portal.Web.Tests.Search.BackOffice;

/// <summary>The back-office search's small parts on their own: reading synonym terms, editors' addresses, progress in words.</summary>
[Trait("Category", "Unit")]
public sealed class BackOfficeSearchPartsTests
{
    [Fact]
    public void Terms_are_read_one_a_line_with_spaces_tidied_and_blank_lines_dropped()
    {
        var errors = new FormErrors();

        var terms = SynonymTerms.Read("  LAC \r\n\r\nlooked-after   child\n\tchild in care\n", errors);

        Assert.Empty(errors);
        Assert.Equal(["LAC", "looked-after child", "child in care"], terms);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("one")]
    [InlineData("dup\nDUP")]
    [InlineData("dup\n  dup  ")]
    public void A_group_of_fewer_than_two_distinct_terms_is_refused(string? typed)
    {
        var errors = new FormErrors();

        SynonymTerms.Read(typed, errors);

        Assert.NotNull(errors.For(SynonymTerms.Field));
    }

    [Fact]
    public void Twenty_terms_of_100_characters_are_the_most_a_group_takes()
    {
        var most = string.Join('\n', Enumerable.Range(10, 20).Select(i => i + new string('x', 98)));
        var errors = new FormErrors();
        SynonymTerms.Read(most, errors);
        Assert.Empty(errors);

        var tooMany = new FormErrors();
        SynonymTerms.Read(most + "\none more", tooMany);
        Assert.Contains("20 terms", tooMany.For(SynonymTerms.Field), StringComparison.Ordinal);

        var tooLong = new FormErrors();
        SynonymTerms.Read("ok\n" + new string('y', 101), tooLong);
        Assert.Contains("100 characters", tooLong.For(SynonymTerms.Field), StringComparison.Ordinal);
    }

    [Fact]
    public void A_hit_opens_the_editor_the_populator_named_and_never_an_address_off_the_back_office()
    {
        var key = Guid.NewGuid();
        Assert.Equal("/umbraco/media?folder=abc", BackOfficeEditUrl.For(Hit($"media:{key}", SearchKind.Media, extra: "/umbraco/media?folder=abc")));
        Assert.Equal($"/umbraco/content/{key}", BackOfficeEditUrl.For(Hit($"content:{key}", SearchKind.Content, url: "/about")));
        Assert.Equal($"/umbraco/content/{key}", BackOfficeEditUrl.For(Hit($"content:{key}", SearchKind.Content, extra: "https://evil.example/umbraco/")));
        Assert.Equal($"/umbraco/content/{key}", BackOfficeEditUrl.For(Hit($"content:{key}", SearchKind.Content, extra: "/umbraco//evil.example")));
        Assert.Equal("/umbraco/members?q=Ann%20Smith", BackOfficeEditUrl.For(Hit($"member:{key}", SearchKind.Member, title: "Ann Smith")));
        Assert.Equal("/umbraco/members/x", BackOfficeEditUrl.For(Hit($"member:{key}", SearchKind.Member, url: "/umbraco/members/x")));
        Assert.Equal("/umbraco/media", BackOfficeEditUrl.For(Hit($"media:{key}", SearchKind.Media)));
    }

    [Fact]
    public void Rebuild_progress_is_said_in_words_with_a_percentage_when_the_total_is_known()
    {
        Assert.Equal("Rebuilding: 1,500 of 12,000 documents (12%)", SearchIndexRow.From(Status(SearchIndexHealth.Rebuilding, 1500, 12000)).Progress);
        Assert.Equal("Rebuilding: 30 documents so far", SearchIndexRow.From(Status(SearchIndexHealth.Rebuilding, 30, null)).Progress);
        var healthy = SearchIndexRow.From(Status(SearchIndexHealth.Healthy, 0, null) with { LastRebuildDuration = TimeSpan.FromSeconds(4.3) });
        Assert.Equal("Last rebuilt in 4.3 seconds", healthy.Progress);
        Assert.Null(healthy.Percent);
        Assert.Equal("govuk-tag--green", healthy.TagClass);
        Assert.Equal("Never", SearchIndexRow.From(Status(SearchIndexHealth.Missing, 0, null) with { LastUpdated = null }).LastUpdated);
    }

    private static SearchHit Hit(string id, SearchKind kind, string title = "A title", string? url = null, string? extra = null) => new()
    {
        Id = id,
        Kind = kind,
        Title = title,
        Url = url,
        Extra = extra is null ? new Dictionary<string, string>() : new Dictionary<string, string> { [BackOfficeEditUrl.ExtraKey] = extra },
    };

    private static SearchIndexStatus Status(SearchIndexHealth health, int done, int? total) =>
        ControllableIndexAdmin.Status(SearchIndexNames.External, health, 0, done, total);
}
