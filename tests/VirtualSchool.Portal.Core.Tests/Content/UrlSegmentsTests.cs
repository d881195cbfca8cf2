using VirtualSchool.Portal.Core.Content;

namespace VirtualSchool.Portal.Core.Tests.Content;

[Trait("Category", "Unit")]
public sealed class UrlSegmentsTests
{
    [Theory]
    [InlineData("Kezdőlap", "kezdolap")]
    [InlineData("Rólunk", "rolunk")]
    [InlineData("Café crème", "cafe-creme")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Straße", "strasse")]
    [InlineData("Ærøskøbing", "aeroskobing")]
    public void Accented_letters_lose_their_accents(string name, string segment) =>
        Assert.Equal(segment, UrlSegments.FromName(name));

    [Theory]
    [InlineData("About us", "about-us")]
    [InlineData("SEND local offer", "send-local-offer")]
    [InlineData("Hello, world!", "hello-world")]
    [InlineData("Ofsted – 2024/25 report", "ofsted-2024-25-report")]
    [InlineData("  --Leading and trailing--  ", "leading-and-trailing")]
    [InlineData("Children act 1989 (section 22)", "children-act-1989-section-22")]
    public void Punctuation_and_spaces_become_one_hyphen_between_words(string name, string segment) =>
        Assert.Equal(segment, UrlSegments.FromName(name));

    [Theory]
    [InlineData("Terms & conditions", "terms-and-conditions")]
    [InlineData("Q&A", "qanda")]
    public void An_ampersand_becomes_and(string name, string segment) =>
        Assert.Equal(segment, UrlSegments.FromName(name));

    [Theory]
    [InlineData("Children's services", "childrens-services")]
    [InlineData("Children’s services", "childrens-services")]
    [InlineData("Don't panic", "dont-panic")]
    public void Apostrophes_join_a_word_instead_of_splitting_it(string name, string segment) =>
        Assert.Equal(segment, UrlSegments.FromName(name));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!!")]
    [InlineData("–")]
    public void A_name_with_nothing_to_keep_becomes_page(string name) =>
        Assert.Equal("page", UrlSegments.FromName(name));
}
