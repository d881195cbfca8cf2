using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Core.Search;
using VirtualSchool.Portal.Infrastructure.Access;
using VirtualSchool.Portal.Web.Tests.Infrastructure;
using static VirtualSchool.Portal.Web.Tests.Search.Sources.SearchWaits;

namespace VirtualSchool.Portal.Web.Tests.Search.Sources;

/// <summary>
/// Changes reach the index before the editor's call returns: a page restricted, unpublished or binned after it was
/// indexed is gone from public results (and counts) at once, and drafts reach only the back office's index.
/// Each test changes a page of its own.
/// </summary>
[Trait("Category", "Integration")]
public sealed class SearchChangeTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private ISearcher Searcher => factory.Services.GetRequiredService<ISearcher>();
    private IPublishedContentCache Cache => factory.Services.GetRequiredService<IPublishedContentCache>();
    private ContentService Content => factory.Services.GetRequiredService<ContentService>();

    [Fact]
    public async Task A_page_restricted_after_it_was_indexed_leaves_public_results_at_once()
    {
        var admissions = await PublicPageAsync("/admissions", "admissions");
        var rules = factory.Services.GetRequiredService<PublicAccessRules>();

        await rules.SetAsync(PublicAccessTarget.Content, admissions.Key, [MemberGroupNames.Governors], "test");

        var results = await SearchAsync(Searcher, SearchIndexNames.External, "admissions");
        Assert.DoesNotContain(results.Hits, h => h.Url == "/admissions");
        Assert.Equal(results.Total, results.Hits.Count);
        var governors = await SearchAsync(Searcher, SearchIndexNames.External, "admissions", SearchReader.Member([MemberGroupNames.Governors]));
        Assert.Contains(governors.Hits, h => h.Url == "/admissions");

        // And back to public when the rule goes.
        await rules.SetAsync(PublicAccessTarget.Content, admissions.Key, [], "test");
        Assert.Contains((await SearchAsync(Searcher, SearchIndexNames.External, "admissions")).Hits, h => h.Url == "/admissions");
    }

    [Fact]
    public async Task An_unpublished_page_leaves_public_results_at_once_and_stays_in_the_back_office()
    {
        var privacy = await PublicPageAsync("/privacy-notice", "privacy notice");

        Assert.True((await Content.UnpublishAsync(privacy.Key)).Succeeded);

        Assert.DoesNotContain((await SearchAsync(Searcher, SearchIndexNames.External, "privacy notice")).Hits, h => h.Url == "/privacy-notice");
        var internalHit = Assert.Single((await SearchAsync(Searcher, SearchIndexNames.Internal, "privacy notice", SearchReader.BackOffice)).Hits, h => h.Id == $"content:{privacy.Key}");
        Assert.Equal("Draft", internalHit.Extra["state"]);
    }

    [Fact]
    public async Task A_binned_page_leaves_public_results_at_once()
    {
        var cookies = await PublicPageAsync("/cookies", "cookies");

        Assert.True((await Content.TrashAsync(cookies.Key)).Succeeded);

        Assert.DoesNotContain((await SearchAsync(Searcher, SearchIndexNames.External, "cookies")).Hits, h => h.Url == "/cookies");
        var internalHit = Assert.Single((await SearchAsync(Searcher, SearchIndexNames.Internal, "cookies", SearchReader.BackOffice)).Hits, h => h.Id == $"content:{cookies.Key}");
        Assert.Equal("In the recycle bin", internalHit.Extra["state"]);
    }

    [Fact]
    public async Task A_saved_draft_is_found_in_the_back_office_only_and_its_publish_in_public_results_at_once()
    {
        var contact = await PublicPageAsync("/contact", "contact");
        var values = contact.Properties.ToDictionary(p => p.Key, p => p.Value);
        values["summary"] = "Ask about the quokkafest helpline";

        Assert.True((await Content.SaveAsync(contact.Key, contact.Name, values)).Succeeded);

        Assert.Equal(0, (await SearchAsync(Searcher, SearchIndexNames.External, "quokkafest")).Total);
        var draft = Assert.Single((await SearchAsync(Searcher, SearchIndexNames.Internal, "quokkafest", SearchReader.BackOffice)).Hits);
        Assert.Equal("Published, with changes not yet published", draft.Extra["state"]);

        Assert.True((await Content.PublishAsync(contact.Key)).Succeeded);
        var published = Assert.Single((await SearchAsync(Searcher, SearchIndexNames.External, "quokkafest")).Hits);
        Assert.Equal("/contact", published.Url);
        Assert.Contains("<mark>quokkafest</mark>", published.SnippetHtml, StringComparison.Ordinal);
    }

    /// <summary>The page, once the public index (built in the background at start) finds it.</summary>
    private async Task<PublishedContent> PublicPageAsync(string route, string text)
    {
        var results = await UntilBuiltAsync(Searcher, SearchIndexNames.External, text);
        Assert.Contains(results.Hits, h => h.Url == route);
        return Cache.GetByRoute(route)!;
    }
}
