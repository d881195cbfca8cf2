using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Core.Tests.Rendering;
using VirtualSchool.Portal.Infrastructure.Access;
using VirtualSchool.Portal.Infrastructure.Media;
using VirtualSchool.Portal.Web.Tests.BackOffice;

namespace VirtualSchool.Portal.Web.Tests.PropertyEditors;

/// <summary>
/// Rich text on public pages and in the Delivery API, through real HTTP: local links to pages follow the page when it
/// is renamed or moved, links to documents show the file's size and format, links to what a reader may not see lose
/// their link but keep their words, and nothing from the XSS corpus survives saving or rendering.
/// </summary>
[Trait("Category", "Integration")]
public sealed class RichTextRenderingTests(BackOfficeFactory portal) : IClassFixture<BackOfficeFactory>
{
    private const string AdmissionsKey = "d2e84d00-479a-4965-9b11-3f002de098e0";
    private readonly RichTextPages pages = new(portal);

    private static string PageLink(Guid key, string text) => $"<a type=\"document\" href=\"/{{localLink:{key}}}\">{text}</a>";

    [Fact]
    public async Task A_link_to_a_page_shows_its_current_route_and_follows_it_when_it_is_renamed_and_moved()
    {
        var target = await pages.PublishAsync($"Transport {Guid.NewGuid():N}"[..18]);
        var linking = await pages.PublishAsync($"Linking {Guid.NewGuid():N}"[..16]);
        await pages.SaveThroughBackOfficeAsync(linking, $"<p>Read about {PageLink(target, "school transport")}.</p>");

        Assert.Contains($"href=\"/{{localLink:{target}}}\"", await pages.StoredBodyAsync(linking), StringComparison.Ordinal);
        var link = (await pages.PageBodyAsync(linking)).QuerySelector("a.govuk-link")!;
        Assert.Equal(pages.Route(target), link.GetAttribute("href"));
        Assert.Equal("school transport", link.TextContent);
        Assert.False(link.HasAttribute("type"));

        var renamed = $"Home to school travel {Guid.NewGuid():N}"[..30];
        Assert.True((await pages.Content.SaveAsync(target, renamed, new Dictionary<string, string?>())).Succeeded);
        Assert.True((await pages.Content.PublishAsync(target, validate: false)).Succeeded);
        Assert.True((await pages.Content.MoveAsync(target, Guid.Parse(AdmissionsKey))).Succeeded);

        var route = pages.Route(target);
        Assert.StartsWith("/admissions/home-to-school-travel", route, StringComparison.Ordinal);
        Assert.Equal(route, (await pages.PageBodyAsync(linking)).QuerySelector("a.govuk-link")!.GetAttribute("href"));
        var (markup, json) = await pages.DeliveredBodyAsync(linking);
        Assert.Contains($"<a type=\"document\" href=\"{route}/\" data-start-item-path=\"home\"", markup, StringComparison.Ordinal);
        Assert.Contains(">school transport</a>", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("localLink", json, StringComparison.Ordinal);
        Assert.DoesNotContain("govuk-", json, StringComparison.Ordinal);
        Assert.DoesNotContain("class=", markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_to_an_unpublished_binned_or_restricted_page_is_removed_and_its_text_kept()
    {
        var unpublished = await pages.PublishAsync($"Old policy {Guid.NewGuid():N}"[..20]);
        var binned = await pages.PublishAsync($"Old form {Guid.NewGuid():N}"[..18]);
        var restricted = await pages.PublishAsync($"Governors {Guid.NewGuid():N}"[..19]);
        var kept = await pages.PublishAsync($"Contact us {Guid.NewGuid():N}"[..20]);
        var linking = await pages.PublishAsync($"Links {Guid.NewGuid():N}"[..14],
            $"<p>{PageLink(unpublished, "the old policy")}, {PageLink(binned, "the old form")}, " +
            $"{PageLink(restricted, "the governors' area")} and {PageLink(kept, "contact us")}.</p>");
        Assert.Equal(4, (await pages.PageBodyAsync(linking)).QuerySelectorAll("p a").Length);

        Assert.True((await pages.Content.UnpublishAsync(unpublished)).Succeeded);
        Assert.True((await pages.Content.TrashAsync(binned)).Succeeded);
        await portal.Services.GetRequiredService<PublicAccessRules>().SetAsync(PublicAccessTarget.Content, restricted, ["Governors"], "test");

        var body = await pages.PageBodyAsync(linking);
        var paragraph = body.QuerySelector("p.govuk-body")!;
        Assert.Equal("the old policy, the old form, the governors' area and contact us.", paragraph.TextContent);
        Assert.Equal(["contact us"], paragraph.QuerySelectorAll("a").Select(a => a.TextContent));
        var (markup, json) = await pages.DeliveredBodyAsync(linking);
        Assert.StartsWith("<p>the old policy, the old form, the governors' area and <a type=\"document\" href=", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("localLink", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_to_a_document_shows_its_size_and_format_and_goes_when_the_document_is_restricted_or_binned()
    {
        await using var pdf = new MemoryStream(MediaLibrary.Pdf);
        var uploaded = await portal.Services.GetRequiredService<MediaService>().UploadAsync($"Travel policy {Guid.NewGuid():N}.pdf", pdf);
        Assert.True(uploaded.Succeeded, uploaded.Message);
        var file = uploaded.Item!;
        var linking = await pages.PublishAsync($"Documents {Guid.NewGuid():N}"[..19],
            $"<p>Download <a type=\"media\" href=\"/{{localLink:{file.Key}}}\">the travel policy</a>.</p>");

        var paragraph = (await pages.PageBodyAsync(linking)).QuerySelector("p.govuk-body")!;
        var link = paragraph.QuerySelector("a.govuk-link")!;
        Assert.Equal(file.Url, link.GetAttribute("href"));
        Assert.Equal(
            [$"Size: {MediaLibrary.Pdf.Length} bytes", "File format: pdf"],
            paragraph.QuerySelectorAll(".app-file-meta .app-file-meta__item").Select(i => i.TextContent));
        Assert.Equal($"Download the travel policy Size: {MediaLibrary.Pdf.Length} bytes File format: pdf.", paragraph.TextContent);
        var (markup, _) = await pages.DeliveredBodyAsync(linking);
        Assert.Equal($"<p>Download <a type=\"media\" href=\"{file.Url}\">the travel policy</a>.</p>", markup);

        // A document only some members may see is never linked from a page cached for everyone.
        var rules = portal.Services.GetRequiredService<PublicAccessRules>();
        await rules.SetAsync(PublicAccessTarget.Media, file.Key, ["Governors"], "test");
        Assert.Equal("Download the travel policy.", (await pages.PageBodyAsync(linking)).QuerySelector("p.govuk-body")!.TextContent);
        Assert.Equal("<p>Download the travel policy.</p>", (await pages.DeliveredBodyAsync(linking)).Markup);
        await rules.SetAsync(PublicAccessTarget.Media, file.Key, [], "test");
        Assert.NotNull((await pages.PageBodyAsync(linking)).QuerySelector($"a[href='{file.Url}']"));

        Assert.True((await portal.Services.GetRequiredService<MediaService>().DeleteAsync(file.Key, confirmUsed: true)).Succeeded);

        paragraph = (await pages.PageBodyAsync(linking)).QuerySelector("p.govuk-body")!;
        Assert.Null(paragraph.QuerySelector("a, .app-file-meta"));
        Assert.Equal("Download the travel policy.", paragraph.TextContent);
        Assert.Equal("<p>Download the travel policy.</p>", (await pages.DeliveredBodyAsync(linking)).Markup);
    }

    [Fact]
    public async Task Saving_keeps_only_what_the_data_types_extensions_allow_and_the_page_shows_the_same()
    {
        var narrow = new RichTextPages(portal, """
            {"extensions":["Umb.Tiptap.RichTextEssentials","Umb.Tiptap.Bold","Umb.Tiptap.Link"],"toolbar":[[["Umb.Tiptap.Toolbar.Bold","Umb.Tiptap.Toolbar.Link"]]]}
            """);
        var key = await narrow.PublishAsync($"Fees {Guid.NewGuid():N}"[..13]);

        await narrow.SaveThroughBackOfficeAsync(key,
            "<h2>Fees</h2><table><tr><td><strong>Term one</strong></td></tr></table><ul><li><em>Free</em> <a href=\"/admissions\">meals</a></li></ul>");

        Assert.Equal("<p>Fees</p><strong>Term one</strong>Free <a href=\"/admissions\">meals</a>", await narrow.StoredBodyAsync(key));
        var body = await narrow.PageBodyAsync(key);
        Assert.Null(body.QuerySelector("table, ul, em, h3"));
        Assert.Equal("meals", body.QuerySelector("a.govuk-link[href='/admissions']")!.TextContent);
    }

    [Fact]
    public async Task Nothing_from_the_xss_corpus_survives_saving_in_the_back_office_or_rendering_an_imported_value()
    {
        var corpus = "<p>Start</p>" + string.Concat(XssCorpus.Vectors().Select(v => $"<div>{v}</div>")) + "<p>End</p>";
        var saved = await pages.PublishAsync($"Saved corpus {Guid.NewGuid():N}"[..22]);
        await pages.SaveThroughBackOfficeAsync(saved, corpus);
        // An import (uSync, a package) stores what it is given; the page must still be safe.
        var imported = await pages.PublishAsync($"Imported corpus {Guid.NewGuid():N}"[..25], corpus);

        Assert.Empty(XssCorpus.Survivors((await pages.StoredBodyAsync(saved))!));
        foreach (var key in new[] { saved, imported })
        {
            var body = await pages.PageBodyAsync(key);
            Assert.Equal("Start", body.QuerySelector("p")!.TextContent);
            Assert.Empty(XssCorpus.Survivors(body.InnerHtml, siteClasses: true));
            Assert.Empty(XssCorpus.Survivors((await pages.DeliveredBodyAsync(key)).Markup));
        }
    }
}
