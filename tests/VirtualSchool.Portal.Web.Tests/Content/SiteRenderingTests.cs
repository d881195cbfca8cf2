using System.Net;
using VirtualSchool.Portal.Core.Media;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Content;

/// <summary>The Virtual School's own site, seeded from the repository's uSync folder, read as a visitor would.</summary>
[Trait("Category", "Integration")]
public sealed class SiteRenderingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly HttpClient _client = factory.CreateBrowserlikeClient();

    [Fact]
    public async Task Home_page_shows_the_service_name_aim_and_key_responsibilities()
    {
        var response = await _client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalFactory.ParseAsync(response);
        Assert.Equal("Virtual School", page.QuerySelector(".govuk-service-navigation__service-name")!.TextContent.Trim());
        Assert.Single(page.QuerySelectorAll("h1"));
        var headings = page.QuerySelectorAll("h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains("Our aim", headings);
        Assert.Contains("Key responsibilities", headings);
        Assert.Contains("Personal Education", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Pupil Premium Plus", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_page_has_a_skip_link_landmarks_and_one_level_one_heading()
    {
        foreach (var path in new[] { "/", "/statutory-guidance", "/send-local-offer", "/admissions", "/about/management-board", "/accessibility-statement", "/privacy-notice", "/contact", "/cookies", "/designated-teachers", "/designated-teachers/the-designated-teacher-role", "/designated-teachers/personal-education-plans", "/designated-teachers/pupil-premium-plus" })
        {
            var response = await _client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {response.StatusCode}");
            var page = await PortalFactory.ParseAsync(response);
            Assert.Equal("en-GB", page.DocumentElement.GetAttribute("lang"));
            Assert.Equal("#main-content", page.QuerySelector("a.govuk-skip-link")!.GetAttribute("href"));
            Assert.NotNull(page.QuerySelector("main#main-content"));
            Assert.NotNull(page.QuerySelector("header"));
            Assert.NotNull(page.QuerySelector("footer"));
            Assert.Single(page.QuerySelectorAll("h1"));
            Assert.False(string.IsNullOrWhiteSpace(page.Title), $"{path} has no title");
        }
    }

    [Fact]
    public async Task Navigation_lists_the_main_sections_and_the_footer_the_accessibility_statement_and_privacy_notice()
    {
        var page = await PortalFactory.ParseAsync(await _client.GetAsync("/admissions"));

        var navigation = page.QuerySelectorAll(".govuk-service-navigation__list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/about", "/statutory-guidance", "/send-local-offer", "/admissions", "/training", "/designated-teachers"], navigation);
        Assert.Equal("true", page.QuerySelector(".govuk-service-navigation__item--active a")!.GetAttribute("aria-current"));
        var footer = page.QuerySelectorAll("footer a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/accessibility-statement", footer);
        Assert.Contains("/privacy-notice", footer);
        Assert.Contains("/contact", footer);
        Assert.Contains("/cookies", footer);
        Assert.DoesNotContain("/page-not-found", footer.Concat(navigation));
    }

    [Fact]
    public async Task A_nested_page_has_breadcrumbs_back_to_home()
    {
        var page = await PortalFactory.ParseAsync(await _client.GetAsync("/about/management-board"));

        var crumbs = page.QuerySelectorAll(".govuk-breadcrumbs__link").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("Home", "/"), ("About", "/about")], crumbs);
        Assert.Contains("Terms of reference", page.QuerySelectorAll("h2").Select(h => h.TextContent));
    }

    [Fact]
    public async Task Statutory_guidance_lists_the_core_documents_and_filters_by_audience()
    {
        var all = await PortalFactory.ParseAsync(await _client.GetAsync("/statutory-guidance"));
        var titles = all.QuerySelectorAll(".app-guidance-list__title").Select(t => t.TextContent.Trim()).ToList();
        Assert.True(titles.Count >= 6, $"only {titles.Count} guidance items");
        Assert.Contains(titles, t => t.Contains("Admissions Code", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(titles, t => t.Contains("SEND", StringComparison.OrdinalIgnoreCase) || t.Contains("special educational", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(titles, t => t.Contains("designated teacher", StringComparison.OrdinalIgnoreCase));

        var options = all.QuerySelectorAll("select#audience option").Select(o => o.GetAttribute("value")).Where(v => v != "").ToList();
        Assert.NotEmpty(options);
        var narrowest = options.Select(o => (Slug: o!, Page: _client.GetStringAsync($"/statutory-guidance?audience={o}").Result)).First();
        var filtered = await PortalFactory.ParseAsync(await _client.GetAsync($"/statutory-guidance?audience={narrowest.Slug}"));
        var filteredTitles = filtered.QuerySelectorAll(".app-guidance-list__title").Select(t => t.TextContent.Trim()).ToList();
        Assert.NotEmpty(filteredTitles);
        Assert.True(filteredTitles.Count < titles.Count, "the filter should narrow the list");
        Assert.Equal(narrowest.Slug, filtered.QuerySelector("select#audience option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task An_unknown_audience_gets_an_error_summary_and_a_400()
    {
        var response = await _client.GetAsync("/statutory-guidance?audience=astronauts");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await PortalFactory.ParseAsync(response);
        Assert.Contains("There is a problem", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("#audience", page.QuerySelector(".govuk-error-summary a")!.GetAttribute("href"));
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_guidance_item_shows_its_publisher_date_status_and_a_link_to_the_official_source()
    {
        var library = await PortalFactory.ParseAsync(await _client.GetAsync("/statutory-guidance"));
        var href = library.QuerySelector(".app-guidance-list__title a")!.GetAttribute("href")!;

        var page = await PortalFactory.ParseAsync(await _client.GetAsync(href));

        var keys = page.QuerySelectorAll(".govuk-summary-list__key").Select(k => k.TextContent.Trim()).ToList();
        Assert.Contains("Published by", keys);
        Assert.Contains("Date of the document", keys);
        Assert.Contains("Status", keys);
        Assert.StartsWith("https://", page.QuerySelector("a[rel=external]")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_local_offer_page_links_the_report_with_its_size_and_format_computed_from_the_file()
    {
        var file = Directory.GetFiles(Path.Combine(PortalFactory.RepositoryRoot, "uSync"), "local-offer-information-report.docx", SearchOption.AllDirectories).Single();
        var expected = $"Size: {FileSizes.Format(new FileInfo(file).Length)}";

        var page = await PortalFactory.ParseAsync(await _client.GetAsync("/send-local-offer"));

        var meta = page.QuerySelector(".app-attachment .app-file-meta")!.TextContent;
        Assert.Contains(expected, meta, StringComparison.Ordinal);
        Assert.Contains("File format: docx", meta, StringComparison.Ordinal);
        var link = page.QuerySelector(".app-attachment a")!.GetAttribute("href")!;
        var download = await _client.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(await File.ReadAllBytesAsync(file), await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", download.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task An_unknown_path_gets_the_content_managed_not_found_page_with_a_404()
    {
        var response = await _client.GetAsync("/this-page-does-not-exist");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await PortalFactory.ParseAsync(response);
        var heading = page.QuerySelector("h1")!.TextContent.Trim();
        var managed = await PortalFactory.ParseAsync(await _client.GetAsync("/page-not-found"));
        Assert.Equal(managed.QuerySelector("h1")!.TextContent.Trim(), heading);
        Assert.NotNull(page.QuerySelector(".govuk-service-navigation"));
    }

    [Fact]
    public async Task A_media_url_that_belongs_to_no_media_item_is_not_served()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/media/abcd1234/nothing.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/media/../appsettings.json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/media/%2e%2e/%2e%2e/portal.db")).StatusCode);
    }

    [Fact]
    public async Task Paths_that_differ_only_in_case_or_a_trailing_slash_redirect_to_the_page()
    {
        var response = await _client.GetAsync("/About/Management-Board/");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/about/management-board", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Sitemap_lists_published_pages_but_not_the_error_page()
    {
        var sitemap = await _client.GetStringAsync("/sitemap.xml");

        Assert.Contains("<loc>http://localhost/statutory-guidance</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("<loc>http://localhost/about/management-board</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("<loc>http://localhost/contact</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("<loc>http://localhost/designated-teachers/pupil-premium-plus</loc>", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("page-not-found", sitemap, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Robots_txt_comes_from_the_home_page_and_names_the_sitemap()
    {
        var robots = await _client.GetStringAsync("/robots.txt");

        Assert.Contains("Disallow: /umbraco/", robots, StringComparison.Ordinal);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_endpoints_report_live_and_ready()
    {
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/health/live")).StatusCode);
        var ready = await PortalFactory.WaitUntilReadyAsync(_client);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("\"scheduler\":\"Running\"", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_carry_a_content_security_policy_with_a_nonce_for_the_one_inline_script()
    {
        var response = await _client.GetAsync("/");
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        var page = await PortalFactory.ParseAsync(response);

        var inline = page.QuerySelectorAll("script:not([src])").Single();
        Assert.Contains($"'nonce-{inline.GetAttribute("nonce")}'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task A_cached_page_still_gives_each_reader_their_own_form_token_and_script_nonce()
    {
        var first = factory.CreateBrowserlikeClient();
        var second = factory.CreateBrowserlikeClient();
        await first.GetAsync("/about");

        var a = await PortalFactory.ParseAsync(await first.GetAsync("/about"));
        var b = await PortalFactory.ParseAsync(await second.GetAsync("/about"));

        string Token(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        string Nonce(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelector("script[nonce]")!.GetAttribute("nonce")!;
        Assert.NotEqual(Token(a), Token(b));
        Assert.NotEqual(Nonce(a), Nonce(b));
        Assert.DoesNotContain("vsp:", a.DocumentElement.OuterHtml, StringComparison.Ordinal);
        var post = await HtmlForms.PostAsync(second, b.QuerySelector("form[data-feedback-step=useful]")!, new Dictionary<string, string> { ["useful"] = "yes" });
        Assert.Equal(HttpStatusCode.SeeOther, post.StatusCode);
    }
}
