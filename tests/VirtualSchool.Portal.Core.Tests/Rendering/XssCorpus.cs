using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace VirtualSchool.Portal.Core.Tests.Rendering;

/// <summary>
/// The filter-evasion vectors in <c>tests/data/xss-vectors.txt</c>, and what "nothing survives" means for markup that
/// came out of them: only the elements and attributes rich text may have (listed here, not taken from the code under
/// test), no event handler, style or class, and no address a browser would run. Shared by the sanitiser's tests and
/// the site's (linked into the web tests).
/// </summary>
public static class XssCorpus
{
    private static readonly Dictionary<string, string[]> Safe = new(StringComparer.OrdinalIgnoreCase)
    {
        ["p"] = [], ["br"] = [], ["strong"] = [], ["b"] = [], ["em"] = [], ["i"] = [], ["ul"] = [], ["ol"] = ["start"],
        ["li"] = [], ["h2"] = ["id"], ["h3"] = ["id"], ["h4"] = ["id"], ["blockquote"] = [], ["hr"] = [],
        ["a"] = ["href", "type", "title", "id"], ["table"] = [], ["caption"] = [], ["thead"] = [], ["tbody"] = [],
        ["tfoot"] = [], ["tr"] = [], ["th"] = ["scope", "colspan", "rowspan"], ["td"] = ["colspan", "rowspan"],
        ["span"] = [], // the file size and format the site writes after a link to a document
    };

    public static IEnumerable<string> Vectors() =>
        File.ReadLines(Path.Combine(RepositoryRoot(), "tests", "data", "xss-vectors.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Replace("\\n", "\n", StringComparison.Ordinal));

    public static TheoryData<string> Theory() => [.. Vectors()];

    /// <summary>What in <paramref name="html"/> could run or restyle the page; empty when nothing.</summary>
    public static IReadOnlyList<string> Survivors(string html, bool siteClasses = false)
    {
        var body = new HtmlParser().ParseDocument($"<!doctype html><body>{html}</body>").Body!;
        var found = new List<string>();
        foreach (var element in body.QuerySelectorAll("*"))
        {
            if (!Safe.TryGetValue(element.LocalName, out var attributes) || element.NamespaceUri != NamespaceNames.HtmlUri)
            {
                found.Add($"<{element.LocalName}>");
                continue;
            }

            foreach (var attribute in element.Attributes)
            {
                var name = attribute.LocalName;
                var govuk = siteClasses && name == "class" && attribute.Value.Split(' ').All(c => c.StartsWith("govuk-", StringComparison.Ordinal) || c.StartsWith("app-", StringComparison.Ordinal));
                if (!attributes.Contains(name, StringComparer.OrdinalIgnoreCase) && !govuk)
                {
                    found.Add($"<{element.LocalName} {name}>");
                }
                else if (name is "href" && !IsHarmless(attribute.Value))
                {
                    found.Add($"<{element.LocalName} {name}=\"{attribute.Value}\">");
                }
            }
        }

        return found;
    }

    private static bool IsHarmless(string url)
    {
        var squeezed = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
        if (squeezed.StartsWith("//", StringComparison.Ordinal) || squeezed.StartsWith("/\\", StringComparison.Ordinal))
        {
            return false;
        }

        var colon = squeezed.IndexOf(':', StringComparison.Ordinal);
        var slash = squeezed.IndexOfAny(['/', '?', '#']);
        return colon < 0 || (slash >= 0 && slash < colon) || squeezed.StartsWith("http:", StringComparison.Ordinal)
            || squeezed.StartsWith("https:", StringComparison.Ordinal) || squeezed.StartsWith("mailto:", StringComparison.Ordinal)
            || squeezed.StartsWith("tel:", StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "VirtualSchool.Portal.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository's root was not found above the test assembly.");
    }
}
