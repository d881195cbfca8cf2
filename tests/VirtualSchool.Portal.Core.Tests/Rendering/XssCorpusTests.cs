using VirtualSchool.Portal.Infrastructure.Rendering;

namespace VirtualSchool.Portal.Core.Tests.Rendering;

/// <summary>Nothing from the filter-evasion corpus survives the sanitiser, as stored or as the site shows it.</summary>
[Trait("Category", "Unit")]
public sealed class XssCorpusTests
{
    [Fact]
    public void The_corpus_has_at_least_sixty_vectors() => Assert.True(XssCorpus.Vectors().Count() >= 60);

    [Theory]
    [MemberData(nameof(Vectors))]
    public void A_vector_leaves_nothing_that_could_run_in_stored_markup(string vector)
    {
        var stored = HtmlSanitiser.Sanitise(vector);

        Assert.Empty(XssCorpus.Survivors(stored));
        // Sanitising what was stored again changes nothing: the markup saved is the markup rendered.
        Assert.Equal(stored, HtmlSanitiser.Sanitise(stored));
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void A_vector_leaves_nothing_that_could_run_in_the_sites_markup(string vector) =>
        Assert.Empty(XssCorpus.Survivors(HtmlSanitiser.SanitiseForSite(vector), siteClasses: true));

    [Theory]
    [MemberData(nameof(Vectors))]
    public void A_vector_leaves_nothing_that_could_run_with_the_smallest_allow_list(string vector)
    {
        var minimal = new RichTextSettings(["Umb.Tiptap.RichTextEssentials", "Umb.Tiptap.Bold"], []);

        Assert.Empty(XssCorpus.Survivors(HtmlSanitiser.Sanitise(vector, minimal)));
    }

    public static TheoryData<string> Vectors() => XssCorpus.Theory();
}
