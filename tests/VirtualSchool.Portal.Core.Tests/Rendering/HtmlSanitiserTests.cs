using AngleSharp.Html.Parser;
using VirtualSchool.Portal.Infrastructure.Rendering;

namespace VirtualSchool.Portal.Core.Tests.Rendering;

[Trait("Category", "Unit")]
public sealed class HtmlSanitiserTests
{
    private static readonly RichTextSettings WithImages = new([.. RichTextSettings.Default.Extensions, "Umb.Tiptap.Image"], []);

    private static AngleSharp.Dom.IElement Clean(string html, RichTextSettings? settings = null) =>
        new HtmlParser().ParseDocument($"<body>{HtmlSanitiser.SanitiseForSite(html, settings ?? RichTextSettings.Default)}</body>").Body!;

    private static AngleSharp.Dom.IElement Plain(string html, RichTextSettings settings) =>
        new HtmlParser().ParseDocument($"<body>{HtmlSanitiser.Sanitise(html, settings)}</body>").Body!;

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
        var body = Clean("<p onclick=\"steal()\" style=\"color:red\" id=\"x\">Hi</p><img src=\"/media/a.png\" alt=\"A\" onerror=\"steal()\">", WithImages);

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
    [InlineData("/\\evil.example/page")]
    [InlineData("javascript&colon;alert(1)")]
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
        var body = Clean("<p>Before<img src=\"javascript:alert(1)\" alt=\"x\"><img src=\"data:image/png;base64,AAAA\" alt=\"y\"></p>", WithImages);

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

    [Fact]
    public void A_data_type_without_the_table_extension_keeps_the_tables_text_but_not_its_tags()
    {
        var noTables = new RichTextSettings(["Umb.Tiptap.RichTextEssentials", "Umb.Tiptap.Bold", "Umb.Tiptap.Heading"], []);

        var body = Plain("<h2>Fees</h2><table><tr><td><strong>Term</strong> one</td></tr></table>", noTables);

        Assert.Null(body.QuerySelector("table, tr, td"));
        Assert.Equal("<h2>Fees</h2><strong>Term</strong> one", body.InnerHtml);
    }

    [Fact]
    public void Each_extension_allows_only_its_own_elements()
    {
        var boldOnly = new RichTextSettings(["Umb.Tiptap.RichTextEssentials", "Umb.Tiptap.Bold"], []);

        var body = Plain("<h3>Title</h3><p><strong>b</strong> <em>i</em> <a href=\"/a\">link</a></p><ul><li>One</li></ul><blockquote>Q</blockquote><hr>", boldOnly);

        Assert.Equal(["p", "p", "strong"], body.QuerySelectorAll("*").Select(e => e.LocalName).Order());
        Assert.Equal("Title", body.Children[0].TextContent);
    }

    [Fact]
    public void Headings_fit_the_pages_outline_and_keep_their_anchor_ids_only_with_the_anchor_extension()
    {
        var withAnchors = Plain("<h1 id=\"aim\">Aim</h1><h5 id=\"x y\">Deep</h5><h3 id=\"step-1\">Step</h3>", RichTextSettings.Default);
        var withoutAnchors = Plain("<h3 id=\"step-1\">Step</h3>", new RichTextSettings(["Umb.Tiptap.Heading"], []));

        Assert.Equal("<h2 id=\"aim\">Aim</h2><h4>Deep</h4><h3 id=\"step-1\">Step</h3>", withAnchors.InnerHtml);
        Assert.Equal("<h3>Step</h3>", withoutAnchors.InnerHtml);
    }

    [Theory]
    [InlineData("<a type=\"document\" href=\"/{localLink:eed5fc6b-96fd-45a5-a0f1-b1adfb483c2f}\">Page</a>")]
    [InlineData("<a type=\"media\" href=\"/{localLink:eed5fc6b-96fd-45a5-a0f1-b1adfb483c2f}\" title=\"The report\">Report</a>")]
    [InlineData("<a href=\"/{localLink:umb://document/eed5fc6b96fd45a5a0f1b1adfb483c2f}\">Page</a>")]
    [InlineData("<a href=\"#contents\">Contents</a>")]
    public void Local_links_and_anchors_are_stored_exactly_as_umbraco_writes_them(string link) =>
        Assert.Equal($"<p>{link}</p>", HtmlSanitiser.Sanitise($"<p>{link}</p>"));

    [Fact]
    public void A_link_type_other_than_document_or_media_is_removed()
    {
        Assert.Equal("<p><a href=\"/a\">A</a></p>", HtmlSanitiser.Sanitise("<p><a type=\"text/html\" href=\"/a\" target=\"_top\">A</a></p>"));
    }

    [Fact]
    public void Stored_markup_never_keeps_a_class_even_a_govuk_one()
    {
        Assert.Equal("<p>Text <a href=\"/a\">link</a></p>", HtmlSanitiser.Sanitise("<p class=\"govuk-body\">Text <a class=\"govuk-link\" href=\"/a\">link</a></p>"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Nothing_in_is_nothing_out(string? html) => Assert.Equal("", HtmlSanitiser.Sanitise(html));
}
