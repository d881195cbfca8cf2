using AngleSharp.Html.Parser;
using VirtualSchool.Portal.Infrastructure.Rendering;

namespace VirtualSchool.Portal.Core.Tests.Rendering;

[Trait("Category", "Unit")]
public sealed class MarkdownRendererTests
{
    private static AngleSharp.Dom.IElement Render(string markdown) =>
        new HtmlParser().ParseDocument($"<body>{MarkdownRenderer.ToSiteHtml(markdown)}</body>").Body!;

    [Fact]
    public void The_plain_rendering_for_the_delivery_api_has_no_classes()
    {
        var body = new HtmlParser().ParseDocument($"<body>{MarkdownRenderer.ToHtml("# Aim\n\nRead [this](/a)\n\n- One")}</body>").Body!;

        Assert.Equal(["h2", "p", "ul"], body.Children.Select(e => e.LocalName));
        Assert.Equal("/a", body.QuerySelector("p a")!.GetAttribute("href"));
        Assert.Empty(body.QuerySelectorAll("[class]"));
    }

    [Fact]
    public void Raw_html_in_markdown_is_shown_as_text_not_run_as_html()
    {
        var html = MarkdownRenderer.ToHtml("Hello <script>alert('x')</script> and <b onmouseover=\"x()\">bold</b>");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b ", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Equal("Hello <script>alert('x')</script> and <b onmouseover=\"x()\">bold</b>", Render("Hello <script>alert('x')</script> and <b onmouseover=\"x()\">bold</b>").TextContent.Trim());
    }

    [Fact]
    public void A_raw_html_block_is_shown_as_text()
    {
        var body = Render("<iframe src=\"https://evil.example\"></iframe>\n\nAfter");

        Assert.Null(body.QuerySelector("iframe"));
        Assert.Contains("<iframe", body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_javascript_link_loses_its_address()
    {
        var link = Render("[Click me](javascript:alert(1))").QuerySelector("a");

        Assert.NotNull(link);
        Assert.False(link.HasAttribute("href"));
        Assert.Equal("Click me", link.TextContent);
    }

    [Fact]
    public void Links_lists_and_paragraphs_get_govuk_classes()
    {
        var body = Render("Read the [statutory guidance](/statutory-guidance).\n\n- One\n- Two\n\n1. First\n2. Second");

        Assert.Equal("govuk-body", body.QuerySelector("p")!.ClassName);
        var link = body.QuerySelector("a")!;
        Assert.Equal("/statutory-guidance", link.GetAttribute("href"));
        Assert.Equal("govuk-link", link.ClassName);
        Assert.Equal("govuk-list govuk-list--bullet", body.QuerySelector("ul")!.ClassName);
        Assert.Equal(["One", "Two"], body.QuerySelectorAll("ul li").Select(li => li.TextContent));
        Assert.Equal("govuk-list govuk-list--number", body.QuerySelector("ol")!.ClassName);
    }

    [Fact]
    public void A_top_level_heading_is_demoted_and_headings_get_govuk_classes()
    {
        var body = Render("# Our aim\n\n## Training and information\n\n### Courses");

        Assert.Null(body.QuerySelector("h1"));
        Assert.Equal(
            ["h2 govuk-heading-l Our aim", "h2 govuk-heading-l Training and information", "h3 govuk-heading-m Courses"],
            body.Children.Select(e => $"{e.LocalName} {e.ClassName} {e.TextContent}"));
        Assert.Equal("training-and-information", body.QuerySelectorAll("h2")[1].Id);
    }

    [Fact]
    public void Pipe_tables_become_govuk_tables()
    {
        var body = Render("| Term | Dates |\n|---|---|\n| Autumn | September to December |");

        Assert.Equal("govuk-table", body.QuerySelector("table")!.ClassName);
        Assert.Equal("Autumn", body.QuerySelector("tbody td")!.TextContent);
    }

    [Fact]
    public void Plain_text_drops_the_markdown_and_any_html()
    {
        var text = MarkdownRenderer.ToPlainText("## Our aim\n\nEvery child in **care** can reach their [potential](/about).");

        Assert.Contains("Every child in care can reach their potential.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("*", text, StringComparison.Ordinal);
        Assert.DoesNotContain("](", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \n ")]
    public void Nothing_in_is_nothing_out(string? markdown)
    {
        Assert.Equal("", MarkdownRenderer.ToHtml(markdown));
        Assert.Equal("", MarkdownRenderer.ToPlainText(markdown));
    }
}
