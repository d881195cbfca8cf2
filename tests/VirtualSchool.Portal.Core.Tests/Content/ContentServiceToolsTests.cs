using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Tests.TestSupport;

namespace VirtualSchool.Portal.Core.Tests.Content;

[Trait("Category", "Unit")]
public sealed class ContentServiceToolsTests : ContentServiceTestBase
{
    [Fact]
    public async Task Rolling_back_copies_the_old_version_into_a_new_draft_and_keeps_history()
    {
        var home = await PublishedAsync("Home", body: "first");
        var first = (await Repository.GetVersionsAsync(home.Key))[^1];
        await Content.SaveAsync(home.Key, "Home page", SampleSite.ValidValues("Home page", "second"), "editor@test");

        var result = await Content.RollbackAsync(home.Key, first.Id, "writer@test");

        Assert.True(result.Succeeded);
        var versions = await Repository.GetVersionsAsync(home.Key);
        Assert.Equal([3, 2, 1], versions.Select(v => v.VersionNumber));
        Assert.Equal("Home", versions[0].Name);
        Assert.Equal(first.Properties, versions[0].Properties);
        Assert.Equal("writer@test", versions[0].CreatedBy);
        Assert.Equal("Home page", versions[1].Name);
        Assert.Equal(versions[0].Id, (await Repository.GetNodeAsync(home.Key))!.DraftVersionId);
    }

    [Fact]
    public async Task Cannot_rollback_to_a_version_of_another_page()
    {
        var home = await CreateAsync("Home");
        var other = await CreateAsync("Other");
        var otherVersion = (await Repository.GetVersionsAsync(other.Key))[0];

        var result = await Content.RollbackAsync(home.Key, otherVersion.Id);

        Assert.Equal(ContentOperationStatus.VersionNotFound, result.Status);
        Assert.Single(await Repository.GetVersionsAsync(home.Key));
    }

    [Fact]
    public async Task Trashing_unpublishes_the_branch_and_restoring_brings_it_back_unpublished()
    {
        var home = await PublishedAsync("Home");
        var about = await PublishedAsync("About", home);
        var board = await PublishedAsync("Board", about);

        var trashed = await Content.TrashAsync(about.Key);

        Assert.True(trashed.Succeeded);
        Assert.Null(Cache.GetByKey(about.Key));
        Assert.Null(Cache.GetByKey(board.Key));
        Assert.Null(Cache.GetByRoute("/about/board"));
        Assert.True((await Repository.GetNodeAsync(board.Key))!.Trashed);
        Assert.Equal([about.Key], (await Repository.GetTrashedRootsAsync()).Select(n => n.Key));

        var restored = await Content.RestoreAsync(about.Key);

        Assert.True(restored.Succeeded);
        Assert.Equal(home.Key, restored.Node!.ParentKey);
        Assert.False((await Repository.GetNodeAsync(board.Key))!.Trashed);
        Assert.False((await Repository.GetNodeAsync(board.Key))!.IsPublished);
        Assert.Empty(await Repository.GetTrashedRootsAsync());
    }

    [Fact]
    public async Task A_page_whose_parent_is_in_the_bin_is_restored_at_the_root()
    {
        var home = await PublishedAsync("Home");
        var about = await PublishedAsync("About", home);
        var board = await PublishedAsync("Board", about);
        await Content.TrashAsync(board.Key);
        await Content.TrashAsync(about.Key);

        var restored = await Content.RestoreAsync(board.Key);

        Assert.True(restored.Succeeded);
        Assert.Null(restored.Node!.ParentKey);
        Assert.Equal(1, (await Repository.GetNodeAsync(board.Key))!.Level);
    }

    [Fact]
    public async Task Emptying_the_bin_deletes_nodes_versions_and_redirects_for_good()
    {
        var home = await PublishedAsync("Home");
        var about = await PublishedAsync("About", home);
        var board = await PublishedAsync("Board", about);
        await Content.TrashAsync(about.Key);

        var deleted = await Content.EmptyRecycleBinAsync();

        Assert.Equal([about.Key], deleted.Select(d => d.Key));
        Assert.Null(await Repository.GetNodeAsync(about.Key));
        Assert.Null(await Repository.GetNodeAsync(board.Key));
        Assert.Empty(await Repository.GetVersionsAsync(board.Key));
        Assert.NotNull(await Repository.GetNodeAsync(home.Key));
    }

    [Fact]
    public async Task Sorting_children_reorders_them_in_storage_and_in_the_published_cache()
    {
        var home = await PublishedAsync("Home");
        var a = await PublishedAsync("A", home);
        var b = await PublishedAsync("B", home);
        var c = await CreateAsync("C", home);

        var result = await Content.SortAsync(home.Key, [c.Key, b.Key, a.Key]);

        Assert.True(result.Succeeded);
        Assert.Equal(["C", "B", "A"], (await Repository.GetChildrenAsync(home.Key)).Select(n => n.Name));
        Assert.Equal(["B", "A"], Cache.GetChildren(home.Key).Select(n => n.Name));
    }

    [Fact]
    public async Task Cannot_sort_with_a_missing_or_foreign_key()
    {
        var home = await PublishedAsync("Home");
        var a = await PublishedAsync("A", home);
        await PublishedAsync("B", home);

        var result = await Content.SortAsync(home.Key, [a.Key, Guid.NewGuid()]);

        Assert.Equal(ContentOperationStatus.InvalidSort, result.Status);
    }
}
