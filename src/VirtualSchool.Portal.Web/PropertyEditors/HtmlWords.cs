using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace VirtualSchool.Portal.Web.PropertyEditors;

/// <summary>The words of HTML as a reader sees them: no tags, entities decoded, a break between blocks, no script or style text.</summary>
public static class HtmlWords
{
    private static readonly HtmlParser Parser = new();

    private static readonly string[] Invisible = ["script", "style", "template", "noscript", "iframe", "object"];

    private const string Blocks = "p, h1, h2, h3, h4, h5, h6, li, dt, dd, blockquote, tr, td, th, br, hr, div, section, figcaption, pre";

    public static string Of(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }

        if (!html.Contains('<') && !html.Contains('&'))
        {
            return html;
        }

        using var document = Parser.ParseDocument("");
        var body = document.Body!;
        foreach (var node in Parser.ParseFragment(html, body).ToList())
        {
            body.AppendChild(node);
        }

        foreach (var element in body.QuerySelectorAll(string.Join(", ", Invisible)).ToList())
        {
            element.Remove();
        }

        foreach (var block in body.QuerySelectorAll(Blocks).ToList())
        {
            block.InsertBefore(document.CreateTextNode("\n"), block.FirstChild);
            block.AppendChild(document.CreateTextNode("\n"));
        }

        return body.TextContent;
    }
}
