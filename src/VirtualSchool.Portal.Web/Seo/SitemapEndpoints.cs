using System.Globalization;
using System.Text;
using System.Xml;
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Infrastructure;
using VirtualSchool.Portal.Web.Content;

namespace VirtualSchool.Portal.Web.Seo;

/// <summary><c>/sitemap.xml</c> and <c>/robots.txt</c>, both from published content.</summary>
public static class SitemapEndpoints
{
    public static void MapSitemap(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sitemap.xml", (IPublishedContentCache cache, IPublicAccess access, ISiteAddress site) =>
        {
            // The site's configured or listening address: a sitemap built from the Host header could be cached
            // by a proxy and served to search engines with a forger's host.
            var baseUrl = site.BaseUrl;
            var pages = cache.GetAll()
                .Where(c => !c.ContentType.IsElement && !c.IsTrue("hideFromSitemap") && !SiteModelFactory.IsErrorPage(c)
                    // Protected pages are for members only: never listed for search engines.
                    && !access.IsProtected(c))
                .OrderBy(c => c.Route, StringComparer.Ordinal);
            var builder = new StringBuilder();
            using (var writer = XmlWriter.Create(builder, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
            {
                writer.WriteStartDocument();
                writer.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
                foreach (var page in pages)
                {
                    writer.WriteStartElement("url");
                    writer.WriteElementString("loc", baseUrl + page.Route);
                    writer.WriteElementString("lastmod", page.UpdateDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
            }

            return Results.Text(builder.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal), "application/xml", Encoding.UTF8);
        });

        // Browsers ask for /favicon.ico whatever the page links; send them to the icon the site has.
        endpoints.MapGet("/favicon.ico", () => Results.Redirect("/favicon.svg", permanent: true)).ExcludeFromDescription();

        endpoints.MapGet("/robots.txt", (IPublishedContentCache cache, ISiteAddress site) =>
        {
            var rules = cache.GetByRoute("/")?.Value("robotsTxt")?.Replace("\r\n", "\n", StringComparison.Ordinal).Trim()
                ?? "User-agent: *\nDisallow: /umbraco/";
            var text = $"{rules}\n\nSitemap: {site.BaseUrl}/sitemap.xml\n";
            return Results.Text(text, "text/plain", Encoding.UTF8);
        });
    }
}
