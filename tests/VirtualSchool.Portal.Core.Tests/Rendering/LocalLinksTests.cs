using AngleSharp.Html.Parser;
using VirtualSchool.Portal.Infrastructure.Rendering;

namespace VirtualSchool.Portal.Core.Tests.Rendering;

[Trait("Category", "Unit")]
public sealed class LocalLinksTests
{
    private static readonly Guid Key = Guid.Parse("eed5fc6b-96fd-45a5-a0f1-b1adfb483c2f");

    [Theory]
    [InlineData("/{localLink:eed5fc6b-96fd-45a5-a0f1-b1adfb483c2f}", "document", false, "")]
    [InlineData("/{localLink:eed5fc6b-96fd-45a5-a0f1-b1adfb483c2f}", "media", true, "")]
    [InlineData("/{localLink:eed5fc6b-96fd-45a5-a0f1-b1adfb483c2f}", null, null, "")]
    [InlineData("/{localLink:umb://document/eed5fc6b96fd45a5a0f1b1adfb483c2f}", null, false, "")]
    [InlineData("/{localLink:umb://media/eed5fc6b96fd45a5a0f1b1adfb483c2f}", null, true, "")]
    [InlineData("{localLink:umb://document/eed5fc6b96fd45a5a0f1b1adfb483c2f}", null, false, "")]
    [InlineData("/{localLink:eed5fc6b-96fd-45a5-a0f1-b1adfb483c2f}#how-to-apply", "document", false, "#how-to-apply")]
    [InlineData("/{LOCALLINK:eed5fc6b-96fd-45a5-a0f1-b1adfb483c2f}?year=2026", "Document", false, "?year=2026")]
    public void Reads_every_form_umbraco_has_written(string href, string? type, bool? isMedia, string suffix) =>
        Assert.Equal(new LocalLink(Key, isMedia, suffix), LocalLinks.Parse(href, type));

    [Theory]
    [InlineData("/admissions")]
    [InlineData("https://www.gov.uk/{localLink:eed5fc6b-96fd-45a5-a0f1-b1adfb483c2f}")]
    [InlineData("/{localLink:1234}")]
    [InlineData("/{localLink:not-a-key}")]
    [InlineData("/{localLink:eed5fc6b-96fd-45a5-a0f1-b1adfb483c2f}/extra")]
    [InlineData("")]
    public void Anything_else_is_not_a_local_link(string href) => Assert.False(LocalLinks.IsLocalLink(href));

    [Fact]
    public void Unwrapping_a_link_keeps_its_words_and_their_formatting_in_place()
    {
        var body = new HtmlParser().ParseDocument(
            $"<body><p>See <a type=\"document\" href=\"/{{localLink:{Key}}}\">the <strong>policy</strong></a> now.</p></body>").Body!;

        var (anchor, link) = Assert.Single(LocalLinks.Find(body));
        Assert.Equal(Key, link.Key);
        LocalLinks.Unwrap(anchor);

        Assert.Equal("<p>See the <strong>policy</strong> now.</p>", body.InnerHtml);
    }
}
