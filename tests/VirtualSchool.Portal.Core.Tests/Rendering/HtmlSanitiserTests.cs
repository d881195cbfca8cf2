using AngleSharp.Html.Parser;
using VirtualSchool.Portal.Infrastructure.Rendering;

namespace VirtualSchool.Portal.Core.Tests.Rendering;

[Trait("Category", "Unit")]
public sealed class HtmlSanitiserTests
{
    private static AngleSharp.Dom.IElement Clean(string html)
    {
        var body = new HtmlParser().ParseDocument($"<body>{HtmlSanitiser.SanitiseForSite(html)}</body>").Body!;
        return body;
    }

    [Theory]
    [InlineData("<p>Safe</p><script>alert('x')</script>")]
    [InlineData("<p>Safe</p><style>p { display: none }</style>")]
    [InlineData("<p>Safe</p><iframe src=\"https://evil.example\"></iframe>")]
    [InlineData("<p>Safe</p><object data=\"x.swf\"></object><embed src=\"x.swf\">")]
    [InlineData("<p>Safe</p><form action=\"/steal\"><input name=\"password\"><button>Go</button></form>")]
    [InlineData("<p>Safe</p><svg><script>alert('x')</script></svg>")]
    public void Scripts_styles_frames_and_forms_are_removed_with_their_contents(string html)
    {
        Assert.Equal("<p>Safe</p>", HtmlSanitiser.Sanitise(html));
        Assert.Equal("<p class=\"govuk-body\">Safe</p>", HtmlSanitiser.SanitiseForSite(html));
    }

    [Fact]
    public void Plain_markup_for_storage_and_the_delivery_api_has_no_classes_at_all()
    {
        var plain = HtmlSanitiser.Sanitise("<h1 class=\"x\">Aim</h1><p class=\"lead\">Read <a href=\"/a\" class=\"govuk-link\">this</a></p><ul><li>One</li></ul>");

        Assert.Equal("<h2>Aim</h2><p>Read <a href=\"/a\">this</a></p><ul><li>One</li></ul>", plain);
    }

    [Fact]
    public void Event_handler_and_style_attributes_are_removed()
    {
        var body = Clean("<p onclick=\"steal()\" style=\"color:red\" id=\"x\">Hi</p><img src=\"/media/a.png\" alt=\"A\" onerror=\"steal()\">");

        var p = body.QuerySelector("p")!;
        Assert.Equal(["class"], p.Attributes.Select(a => a.Name));
        var img = body.QuerySelector("img")!;
        Assert.Equal(["src", "alt"], img.Attributes.Select(a => a.Name));
        Assert.DoesNotContain("steal", body.InnerHtml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData(" javascript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("&#106;avascript:alert(1)")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("//evil.example/page")]
    public void A_link_to_an_unsafe_address_loses_its_address_but_keeps_its_text(string href)
    {
        var link = Clean($"<p><a href=\"{href}\">Read more</a></p>").QuerySelector("a")!;

        Assert.False(link.HasAttribute("href"));
        Assert.Equal("Read more", link.TextContent);
    }

    [Theory]
    [InlineData("https://www.gov.uk/guidance")]
    [InlineData("/admissions")]
    [InlineData("#contents")]
    [InlineData("mailto:virtual.school@cambridgeshire.gov.uk")]
    [InlineData("tel:01223699999")]
    public void A_link_to_a_safe_address_keeps_it_and_gets_the_govuk_link_class(string href)
    {
        var link = Clean($"<a href=\"{href}\" target=\"_blank\">Link</a>").QuerySelector("a")!;

        Assert.Equal(href, link.GetAttribute("href"));
        Assert.Equal("govuk-link", link.ClassName);
        Assert.False(link.HasAttribute("target"));
    }

    [Fact]
    public void An_image_with_an_unsafe_source_is_removed()
    {
        var body = Clean("<p>Before<img src=\"javascript:alert(1)\" alt=\"x\"><img src=\"data:image/png;base64,AAAA\" alt=\"y\"></p>");

        Assert.Null(body.QuerySelector("img"));
        Assert.Equal("Before", body.TextContent);
    }

    [Fact]
    public void A_first_level_heading_is_demoted_because_the_page_title_is_the_only_h1()
    {
        var body = Clean("<h1>Our aim</h1><h2>Training</h2><h3>Courses</h3>");

        Assert.Null(body.QuerySelector("h1"));
        Assert.Equal(["h2 govuk-heading-l Our aim", "h2 govuk-heading-l Training", "h3 govuk-heading-m Courses"],
            body.Children.Select(e => $"{e.LocalName} {e.ClassName} {e.TextContent}"));
    }

    [Fact]
    public void Govuk_classes_replace_whatever_classes_the_source_had()
    {
        var body = Clean(
            "<p class=\"lead\">Text</p><ul class=\"x\"><li>One</li></ul><ol><li>First</li></ol>" +
            "<table><thead><tr><th>Head</th></tr></thead><tbody><tr><td>Cell</td></tr></tbody></table>" +
            "<blockquote>Quote</blockquote><hr>");

        Assert.Equal("govuk-body", body.QuerySelector("p")!.ClassName);
        Assert.Equal("govuk-list govuk-list--bullet", body.QuerySelector("ul")!.ClassName);
        Assert.Equal("govuk-list govuk-list--number", body.QuerySelector("ol")!.ClassName);
        Assert.Equal("govuk-table", body.QuerySelector("table")!.ClassName);
        Assert.Equal("govuk-table__header", body.QuerySelector("th")!.ClassName);
        Assert.Equal("govuk-table__cell", body.QuerySelector("td")!.ClassName);
        Assert.Equal("govuk-table__row", body.QuerySelector("tr")!.ClassName);
        Assert.Equal("govuk-inset-text", body.QuerySelector("blockquote")!.ClassName);
        Assert.Contains("govuk-section-break", body.QuerySelector("hr")!.ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_elements_are_unwrapped_so_their_text_survives()
    {
        var sanitised = HtmlSanitiser.Sanitise("<div class=\"grid\"><span style=\"x\">Kept <strong>bold</strong></span></div>");

        Assert.Equal("Kept <strong>bold</strong>", sanitised);
    }

    [Fact]
    public void Comments_are_removed()
    {
        Assert.Equal("<p>Text</p>", HtmlSanitiser.Sanitise("<!-- internal note --><p>Text<!-- [if IE]><script>x</script><![endif] --></p>"));
    }

    [Fact]
    public void Markup_hidden_in_raw_text_elements_comes_out_as_text()
    {
        var sanitised = HtmlSanitiser.Sanitise("<xmp><script>alert(1)</script></xmp><noembed><img src=x onerror=alert(1)></noembed>");

        Assert.DoesNotContain("<script", sanitised, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", sanitised, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Nothing_in_is_nothing_out(string? html) => Assert.Equal("", HtmlSanitiser.Sanitise(html));
}
