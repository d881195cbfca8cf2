using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using VirtualSchool.Portal.Core.Search;

namespace SearchBench;

/// <summary>
/// The engine over HTTP with nothing else in the way (no portal middleware or views): GET /search?q=&amp;page= as a small
/// HTML list of results, until stdin closes. The portal's own /search page adds its middleware and Razor view on top.
/// </summary>
internal static class HttpProbe
{
    public static async Task ServeAsync(ISearcher searcher, int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.MapGet("/search", async (string? q, int? page, CancellationToken ct) =>
        {
            var results = await searcher.SearchAsync(SearchIndexNames.External, new SearchRequest { Text = q ?? "", Page = page ?? 1 }, ct);
            var html = new StringBuilder().Append(CultureInfo.InvariantCulture, $"<p>{results.Total} results</p><ol>");
            foreach (var hit in results.Hits)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{WebUtility.HtmlEncode(hit.Url)}\">{WebUtility.HtmlEncode(hit.Title)}</a><p>{hit.SnippetHtml}</p></li>");
            }

            return Results.Content(html.Append("</ol>").ToString(), "text/html");
        });
        await app.StartAsync();
        Console.WriteLine("SERVING");
        await Console.In.ReadToEndAsync();
        await app.StopAsync();
    }
}
