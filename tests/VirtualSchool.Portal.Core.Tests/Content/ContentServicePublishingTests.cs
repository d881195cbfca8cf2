using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Core.Tests.TestSupport;
using VirtualSchool.Portal.Infrastructure.Content;

namespace VirtualSchool.Portal.Core.Tests.Content;

[Trait("Category", "Unit")]
public sealed class ContentServicePublishingTests : ContentServiceTestBase
{
    [Fact]
    public async Task A_created_page_is_saved_as_a_draft_that_readers_cannot_see()
    {
        var home = await CreateAsync("Home");

        var stored = await Repository.GetNodeAsync(home.Key);
        Assert.NotNull(stored);
        Assert.False(stored.IsPublished);
        Assert.Equal("home", stored.UrlSegment);
        Assert.Equal(1, stored.Level);
        Assert.Null(Cache.GetByKey(home.Key));
        Assert.Null(Cache.GetByRoute("/"));
    }

    [Fact]
    public async Task Publishing_a_page_puts_it_on_the_site_at_its_route_with_its_values()
    {
        var home = await PublishedAsync("Home");
        var admissions = await PublishedAsync("School admissions", home, body: "How children in care get a place.");

        var page = Cache.GetByRoute("/school-admissions");
        Assert.NotNull(page);
        Assert.Equal(admissions.Key, page.Key);
        Assert.Equal("School admissions", page.Name);
        Assert.Equal("How children in care get a place.", page.Value("bodyText"));
        Assert.Equal(home.Key, Cache.GetByRoute("/")?.Key);
        Assert.True((await Repository.GetNodeAsync(admissions.Key))!.IsPublished);
    }

    [Fact]
    public async Task Readers_see_the_published_version_until_the_new_draft_is_published()
    {
        var home = await PublishedAsync("Home");
        var page = await PublishedAsync("Admissions", home, body: "First version");

        var saved = await Content.SaveAsync(page.Key, "Admissions", SampleSite.ValidValues("Admissions", "Second version"));

        Assert.True(saved.Succeeded);
        Assert.Equal("First version", Cache.GetByRoute("/admissions")?.Value("bodyText"));

        await Content.PublishAsync(page.Key);

        Assert.Equal("Second version", Cache.GetByRoute("/admissions")?.Value("bodyText"));
        Assert.Equal([2, 1], (await Repository.GetVersionsAsync(page.Key)).Select(v => v.VersionNumber));
    }

    [Fact]
    public async Task Publishing_below_an_unpublished_parent_fails_with_path_not_published()
    {
        var home = await PublishedAsync("Home");
        var about = await CreateAsync("About", home);
        var board = await CreateAsync("Management board", about);

        var result = await Content.PublishAsync(board.Key);

        Assert.Equal(ContentOperationStatus.PathNotPublished, result.Status);
        Assert.Null(Cache.GetByKey(board.Key));
        Assert.False((await Repository.GetNodeAsync(board.Key))!.IsPublished);
    }

    [Fact]
    public async Task Publishing_with_a_mandatory_property_empty_fails_with_invalid_properties_and_changes_nothing()
    {
        var home = await PublishedAsync("Home");
        var page = await PublishedAsync("Admissions", home);
        var values = SampleSite.ValidValues("Admissions", "New body");
        values["title"] = "  ";
        await Content.SaveAsync(page.Key, "Admissions", values);

        var result = await Content.PublishAsync(page.Key);

        Assert.Equal(ContentOperationStatus.InvalidProperties, result.Status);
        Assert.Equal("title", Assert.Single(result.ValidationErrors).Field);
        Assert.Equal("Admissions", Cache.GetByRoute("/admissions")?.Value("title"));
        Assert.Null(Cache.GetByRoute("/admissions")?.Value("bodyText"));
    }

    [Fact]
    public async Task Publishing_checks_mandatory_properties_that_come_from_a_composition()
    {
        var home = await PublishedAsync("Home");
        var created = await Content.CreateAsync(new NewContent("Admissions", SampleSite.ContentPage, home.Key, new Dictionary<string, string?> { ["title"] = "Admissions" }));

        var result = await Content.PublishAsync(created.Node!.Key);

        Assert.Equal(ContentOperationStatus.InvalidProperties, result.Status);
        Assert.Equal("metaTitle", Assert.Single(result.ValidationErrors).Field);
    }

    [Fact]
    public async Task Unpublishing_takes_the_page_and_its_descendants_off_the_site()
    {
        var home = await PublishedAsync("Home");
        var about = await PublishedAsync("About", home);
        var board = await PublishedAsync("Management board", about);

        var result = await Content.UnpublishAsync(about.Key);

        Assert.True(result.Succeeded);
        Assert.Null(Cache.GetByKey(about.Key));
        Assert.Null(Cache.GetByRoute("/about"));
        Assert.Null(Cache.GetByRoute("/about/management-board"));
        Assert.False((await Repository.GetNodeAsync(about.Key))!.IsPublished);
        Assert.Equal(ContentOperationStatus.NotPublished, (await Content.UnpublishAsync(about.Key)).Status);

        await Content.PublishAsync(about.Key);

        Assert.Equal(board.Key, Cache.GetByRoute("/about/management-board")?.Key);
    }

    [Fact]
    public async Task Publishing_a_renamed_page_leaves_redirects_from_its_old_path_and_its_descendants_old_paths()
    {
        var home = await PublishedAsync("Home");
        var about = await PublishedAsync("About", home);
        var board = await PublishedAsync("Management board", about);

        await Content.SaveAsync(about.Key, "About us", SampleSite.ValidValues("About us"));
        Assert.Null(await Redirects.GetAsync("/about"));
        await Content.PublishAsync(about.Key);

        Assert.Equal(about.Key, Cache.GetByRoute("/about-us")?.Key);
        Assert.Null(Cache.GetByRoute("/about"));
        Assert.Equal(about.Key, (await Redirects.GetAsync("/about"))?.NodeKey);
        Assert.Equal(board.Key, (await Redirects.GetAsync("/about/management-board"))?.NodeKey);
        Assert.Null(await Redirects.GetAsync("/about-us"));
    }

    [Fact]
    public async Task Renaming_a_page_back_drops_the_redirect_from_the_path_it_takes_again()
    {
        var home = await PublishedAsync("Home");
        var about = await PublishedAsync("About", home);
        await Content.SaveAsync(about.Key, "About us", SampleSite.ValidValues("About us"));
        await Content.PublishAsync(about.Key);

        await Content.SaveAsync(about.Key, "About", SampleSite.ValidValues("About"));
        await Content.PublishAsync(about.Key);

        Assert.Equal(about.Key, Cache.GetByRoute("/about")?.Key);
        Assert.Null(await Redirects.GetAsync("/about"));
        Assert.Equal(about.Key, (await Redirects.GetAsync("/about-us"))?.NodeKey);
    }

    [Fact]
    public async Task A_page_of_a_type_not_allowed_below_its_parent_is_not_created()
    {
        var home = await PublishedAsync("Home");

        var below = await Content.CreateAsync(new NewContent("Second home", SampleSite.HomePage, home.Key, SampleSite.ValidValues("Second home")));
        var atRoot = await Content.CreateAsync(new NewContent("Loose page", SampleSite.ContentPage, null, SampleSite.ValidValues("Loose page")));

        Assert.Equal(ContentOperationStatus.ContentTypeNotAllowed, below.Status);
        Assert.Equal(ContentOperationStatus.ContentTypeNotAllowed, atRoot.Status);
        Assert.Empty(await Repository.GetChildrenAsync(home.Key));
    }

    [Fact]
    public async Task A_page_of_an_unknown_type_or_below_an_unknown_parent_is_not_created()
    {
        var unknownType = await Content.CreateAsync(new NewContent("Blog", "blogPost", null, SampleSite.ValidValues("Blog")));
        var unknownParent = await Content.CreateAsync(new NewContent("Orphan", SampleSite.ContentPage, Guid.NewGuid(), SampleSite.ValidValues("Orphan")));

        Assert.Equal(ContentOperationStatus.ContentTypeNotFound, unknownType.Status);
        Assert.Equal(ContentOperationStatus.ParentNotFound, unknownParent.Status);
        Assert.Empty(await Repository.GetChildrenAsync(null));
    }

    [Fact]
    public async Task A_new_page_goes_after_its_existing_siblings()
    {
        var home = await PublishedAsync("Home");
        await PublishedAsync("Statutory guidance", home);
        await PublishedAsync("Admissions", home);
        await PublishedAsync("About", home);

        Assert.Equal(["Statutory guidance", "Admissions", "About"], Cache.GetChildren(home.Key).Select(c => c.Name));
    }

    [Fact]
    public async Task Another_nodes_cache_refreshed_for_a_page_follows_its_rename_and_an_unpublish_below_it()
    {
        var home = await PublishedAsync("Home");
        var about = await PublishedAsync("About", home);
        var team = await PublishedAsync("Team", about);
        var other = new PublishedContentCache();
        var loader = new PublishedContentLoader(Portal.Get<IDbContextFactory<Infrastructure.Persistence.PortalDbContext>>(), other, Portal.Get<IContentRepository>());
        await loader.LoadAsync();
        Assert.NotNull(other.GetByRoute("/about/team"));

        await Content.SaveAsync(about.Key, "About us", SampleSite.ValidValues("About us", "Words"));
        Assert.True((await Content.PublishAsync(about.Key)).Succeeded);
        await Content.UnpublishAsync(team.Key);
        Assert.NotNull(other.GetByRoute("/about"));

        await loader.RefreshSubtreeAsync(about.Key);

        Assert.Null(other.GetByRoute("/about"));
        Assert.Equal(about.Key, other.GetByRoute("/about-us")?.Key);
        Assert.Null(other.GetByKey(team.Key));
        Assert.Null(other.GetByRoute("/about-us/team"));
    }

    [Fact]
    public async Task The_cache_loaded_at_start_up_serves_the_published_versions_not_the_drafts()
    {
        var home = await PublishedAsync("Home");
        var about = await PublishedAsync("About", home, body: "Published words");
        await Content.SaveAsync(about.Key, "About", SampleSite.ValidValues("About", "Draft words"));
        await CreateAsync("Never published", home);

        var restarted = new PublishedContentCache();
        await new PublishedContentLoader(Portal.Get<IDbContextFactory<Infrastructure.Persistence.PortalDbContext>>(), restarted, Portal.Get<IContentRepository>()).LoadAsync();

        Assert.Equal(home.Key, restarted.GetByRoute("/")?.Key);
        Assert.Equal("Published words", restarted.GetByRoute("/about")?.Value("bodyText"));
        Assert.Null(restarted.GetByRoute("/never-published"));
        Assert.Contains(restarted.GetByRoute("/about")!.ContentType.Properties, p => p.Alias == "metaTitle");
    }
}
