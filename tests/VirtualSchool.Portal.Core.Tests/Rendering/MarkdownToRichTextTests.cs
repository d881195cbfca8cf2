using AngleSharp.Html.Parser;
using VirtualSchool.Portal.Infrastructure.Rendering;

namespace VirtualSchool.Portal.Core.Tests.Rendering;

[Trait("Category", "Unit")]
public sealed class MarkdownToRichTextTests
{
    private static readonly Guid Contact = Guid.Parse("704d621f-b359-4c9f-9fc2-18dea4639d30");
    private static readonly Guid Training = Guid.Parse("e4a7c9b2-58f1-4d3e-b6a0-f2031425364f");
    private static readonly Guid Report = Guid.Parse("fbc6b136-dbed-4a34-8d18-f3d2e84d8e83");

    private static readonly MarkdownLinkTargets Targets = new(
        path => path.TrimEnd('/') switch { "/contact" => Contact, "/training" => Training, _ => null },
        url => url == "/media/osl21et1/local offer.docx" ? Report : null,
        "www.virtualschool.example");

    private static (AngleSharp.Dom.IElement Body, RichTextConversion Result) Convert(string markdown)
    {
        var result = MarkdownToRichText.Convert(markdown, Targets);
        return (new HtmlParser().ParseDocument($"<body>{result.Html}</body>").Body!, result);
    }

    [Fact]
    public void Links_to_the_sites_pages_and_media_files_become_local_links_by_key()
    {
        var (body, result) = Convert("Read [the report](/media/osl21et1/local%20offer.docx), [ask us](/contact/) or [train](https://www.virtualschool.example/training?audience=carers#dates).");

        Assert.Equal("/{localLink:" + Contact + "}", body.QuerySelector("a:nth-of-type(2)")!.GetAttribute("href"));
        Assert.Equal("/{localLink:" + Report + "}", body.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("/{localLink:" + Training + "}?audience=carers#dates", body.QuerySelector("a:nth-of-type(3)")!.GetAttribute("href"));
        Assert.Equal("Read the report, ask us or train.", body.TextContent.Trim());
        Assert.Empty(result.LinksKeptAsText);
    }

    [Fact]
    public void External_links_and_anchors_are_kept_and_links_to_nowhere_keep_only_their_text()
    {
        var (body, result) = Convert("[GOV.UK](https://www.gov.uk/) [mail](mailto:a@b.org) [ring](tel:01234) [up](#top) [gone](/no-page) [rel](page.html) [bad](javascript:alert(1)) [file](/media/zz/none.pdf)");

        Assert.Equal(["https://www.gov.uk/", "mailto:a@b.org", "tel:01234", "#top"], body.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["/no-page", "page.html", "javascript:alert(1)", "/media/zz/none.pdf"], result.LinksKeptAsText);
        Assert.Contains("gone rel bad file", body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_markup_is_plain_and_safe_with_the_sites_markdown_dialect()
    {
        var (body, _) = Convert("# Title\n\n<script>alert(1)</script>\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n> Quote\n\n**bold** and *italic*");

        Assert.Equal(["h2", "p", "table", "blockquote", "p"], body.Children.Select(e => e.LocalName));
        Assert.Empty(body.QuerySelectorAll("script, [class]"));
        Assert.Contains("<script>", body.Children[1].TextContent, StringComparison.Ordinal);
        Assert.Equal("", MarkdownToRichText.Convert("  ", Targets).Html);
    }
}
