using System.Text.Json;
using Microsoft.Playwright;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Browser;

/// <summary>axe-core (installed from npm at build time) run in the page against the WCAG 2.0-2.2 A and AA rules.</summary>
public static class Axe
{
    private static readonly string Script = File.ReadAllText(Path.Combine(PortalFactory.RepositoryRoot, "node_modules", "axe-core", "axe.min.js"));

    /// <summary>The page's violations, each as "url: rule: help (nodes)"; fails if axe-core checked almost nothing.</summary>
    public static async Task<IReadOnlyList<string>> CheckAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = Script });
        var result = await page.EvaluateAsync<JsonElement>(
            "async () => { const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });" +
            " return { passes: r.passes.length, violations: r.violations.map(v => v.id + ': ' + v.help + ' (' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', ') + ')') }; }");
        Assert.True(result.GetProperty("passes").GetInt32() > 10, $"axe-core checked almost nothing on {page.Url}");
        return result.GetProperty("violations").EnumerateArray().Select(v => $"{page.Url}: {v.GetString()}").ToList();
    }
}
