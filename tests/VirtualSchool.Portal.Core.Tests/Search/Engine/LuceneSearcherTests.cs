using VirtualSchool.Portal.Core.Search;
using static VirtualSchool.Portal.Core.Tests.Search.Engine.TestSearchEngine;

namespace VirtualSchool.Portal.Core.Tests.Search.Engine;

[Trait("Category", "Unit")]
public sealed class LuceneSearcherTests : IDisposable
{
    private readonly TestSearchEngine _search = new();

    public void Dispose() => _search.Dispose();

    [Fact]
    public async Task A_title_match_beats_a_body_match()
    {
        await _search.IndexAsync(
            Page("body", "Admissions", "Schools must consider the designated teacher's advice on admissions."),
            Page("title", "The designated teacher", "Every school has one."));

        var results = await _search.SearchAsync("designated teacher");

        Assert.Equal(["content:title", "content:body"], results.Hits.Select(h => h.Id));
    }

    [Fact]
    public async Task A_quoted_phrase_is_found_only_as_a_phrase()
    {
        await _search.IndexAsync(
            Page("phrase", "Plans", "Every child has a personal education plan reviewed termly."),
            Page("apart", "Reviews", "The plan is personal; education settings review it."));

        var phrase = await _search.SearchAsync("\"personal education plan\"");
        var words = await _search.SearchAsync("personal education plan");

        Assert.Equal(["content:phrase"], phrase.Hits.Select(h => h.Id));
        Assert.Equal(2, words.Total);
    }

    [Fact]
    public async Task Stemming_finds_other_forms_of_a_word()
    {
        await _search.IndexAsync(Page("funding", "Funding", "How schools are funded for children in care."));

        var results = await _search.SearchAsync("fund");

        Assert.Single(results.Hits);
    }

    [Fact]
    public async Task A_snippet_encodes_the_text_and_marks_the_matched_words()
    {
        await _search.IndexAsync(Page("xss", "Scripts", "Before <script>alert('x')</script> & the funding rules & more."));

        var hit = Assert.Single((await _search.SearchAsync("funding")).Hits);

        Assert.Contains("<mark>funding</mark>", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("'x'", hit.SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_snippet_of_a_long_text_is_the_passage_around_the_matches()
    {
        var filler = string.Join(' ', Enumerable.Repeat("lorem ipsum dolor", 400));
        await _search.IndexAsync(Page("long", "Report", filler + " the pupil premium plus grant is paid termly " + filler));

        var hit = Assert.Single((await _search.SearchAsync("\"pupil premium plus\"")).Hits);

        Assert.StartsWith("… ", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.EndsWith(" …", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.Contains("<mark>pupil</mark> <mark>premium</mark> <mark>plus</mark> grant", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.InRange(hit.SnippetHtml.Length, 100, 400);
    }

    [Fact]
    public async Task A_match_in_the_title_alone_has_no_snippet()
    {
        await _search.IndexAsync(Page("t", "Funding", "Nothing else here."));

        var hit = Assert.Single((await _search.SearchAsync("funding")).Hits);

        Assert.Equal("", hit.SnippetHtml);
    }

    [Fact]
    public async Task Pp_plus_finds_pupil_premium_plus_through_its_synonyms_and_as_written()
    {
        _search.Synonyms.Set(["PP+", "pupil premium plus"], ["LAC", "looked-after child", "child in care"]);
        await _search.IndexAsync(
            Page("ppplus", "Pupil Premium Plus", "Pupil premium plus funding for looked-after children."),
            Page("doc", "Allocations 2026", "PP+ funding allocations by school."),
            Page("pp", "Premium", "Pupil premium for other pupils and PP funding."));

        var results = await _search.SearchAsync("pp+ funding");
        var lac = await _search.SearchAsync("LAC");

        Assert.Equal(["content:doc", "content:ppplus"], results.Hits.Select(h => h.Id).Order());
        Assert.Contains("content:ppplus", lac.Hits.Select(h => h.Id));
    }

    [Fact]
    public async Task A_multi_word_synonym_is_matched_as_the_longest_term_typed()
    {
        _search.Synonyms.Set(["PEP", "personal education plan"]);
        await _search.IndexAsync(Page("pep", "PEPs", "How to write a PEP."), Page("plan", "Plans", "A personal plan for education."));

        var results = await _search.SearchAsync("personal education plan");

        Assert.Contains("content:pep", results.Hits.Select(h => h.Id));
    }

    [Theory]
    [InlineData("title:secret")]
    [InlineData("fund*")]
    [InlineData("(a OR b) AND NOT c")]
    [InlineData("\"unclosed phrase")]
    [InlineData("~!@#$%^&*()_+{}|:<>?[]\\;',./`")]
    [InlineData("\"\"")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("the and of")]
    [InlineData("a/b\\c-d+e")]
    public async Task Any_text_is_searched_without_failing(string text)
    {
        await _search.IndexAsync(Page("p", "Funding", "Funding secret a b c"));

        var results = await _search.SearchAsync(text);

        Assert.True(results.Total >= 0);
    }

    [Fact]
    public async Task Text_longer_than_the_limit_is_cut_not_refused()
    {
        var results = await _search.SearchAsync(new string('a', 5000));

        Assert.Equal(0, results.Total);
    }
}
