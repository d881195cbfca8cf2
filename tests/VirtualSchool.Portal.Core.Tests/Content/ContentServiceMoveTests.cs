using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Tests.TestSupport;

namespace VirtualSchool.Portal.Core.Tests.Content;

[Trait("Category", "Unit")]
public sealed class ContentServiceMoveTests : ContentServiceTestBase
{
    [Fact]
    public async Task Moving_a_published_page_leaves_redirects_from_its_old_path_and_its_descendants_old_paths()
    {
        var home = await PublishedAsync("Home");
        var about = await PublishedAsync("About", home);
        var board = await PublishedAsync("Management board", about);
        var guidance = await PublishedAsync("Statutory guidance", home);

        var result = await Content.MoveAsync(board.Key, guidance.Key);

        Assert.True(result.Succeeded);
        Assert.Equal(board.Key, Cache.GetByRoute("/statutory-guidance/management-board")?.Key);
        Assert.Null(Cache.GetByRoute("/about/management-board"));
        Assert.Equal(board.Key, (await Redirects.GetAsync("/about/management-board"))?.NodeKey);
        Assert.Equal(["Home", "Statutory guidance"], Cache.GetAncestors(board.Key).Select(a => a.Name));
    }

    [Fact]
    public async Task Moving_a_page_with_children_moves_and_redirects_the_whole_branch()
    {
        var home = await PublishedAsync("Home");
        var about = await PublishedAsync("About", home);
        var board = await PublishedAsync("Management board", about);
        var minutes = await PublishedAsync("Minutes", board);
        var guidance = await PublishedAsync("Statutory guidance", home);

        await Content.MoveAsync(about.Key, guidance.Key);

        Assert.Equal(minutes.Key, Cache.GetByRoute("/statutory-guidance/about/management-board/minutes")?.Key);
        Assert.Equal(about.Key, (await Redirects.GetAsync("/about"))?.NodeKey);
        Assert.Equal(board.Key, (await Redirects.GetAsync("/about/management-board"))?.NodeKey);
        Assert.Equal(minutes.Key, (await Redirects.GetAsync("/about/management-board/minutes"))?.NodeKey);
        Assert.Equal(5, (await Repository.GetNodeAsync(minutes.Key))!.Level);
        Assert.Equal(5, Cache.GetByKey(minutes.Key)?.Level);
        Assert.Equal(["Home", "Statutory guidance", "About", "Management board"], Cache.GetAncestors(minutes.Key).Select(a => a.Name));
    }

    [Fact]
    public async Task A_page_moved_to_the_top_level_answers_at_its_own_segment_with_its_children()
    {
        var home = await PublishedAsync("Home");
        var errors = await PublishedAsync("Error pages", home);
        var notFound = await PublishedAsync("Page not found", errors);

        var result = await Content.MoveAsync(errors.Key, null);

        Assert.True(result.Succeeded);
        Assert.Equal(1, result.Node!.Level);
        Assert.Equal(errors.Key, Cache.GetByRoute("/error-pages")?.Key);
        Assert.Equal(notFound.Key, Cache.GetByRoute("/error-pages/page-not-found")?.Key);
        Assert.Equal(home.Key, Cache.GetByRoute("/")?.Key);
        Assert.Equal(["Home", "Error pages"], Cache.GetRoots().Select(r => r.Name));
        Assert.Empty(Cache.GetChildren(home.Key));
    }

    [Fact]
    public async Task A_page_cannot_be_moved_below_its_own_descendant_or_itself()
    {
        var home = await PublishedAsync("Home");
        var about = await PublishedAsync("About", home);
        var board = await PublishedAsync("Management board", about);
        var minutes = await PublishedAsync("Minutes", board);

        var belowGrandchild = await Content.MoveAsync(about.Key, minutes.Key);
        var belowItself = await Content.MoveAsync(about.Key, about.Key);

        Assert.Equal(ContentOperationStatus.InvalidMove, belowGrandchild.Status);
        Assert.Equal(ContentOperationStatus.InvalidMove, belowItself.Status);
        Assert.Equal(home.Key, (await Repository.GetNodeAsync(about.Key))!.ParentKey);
        Assert.Equal(minutes.Key, Cache.GetByRoute("/about/management-board/minutes")?.Key);
    }

    [Fact]
    public async Task Moving_to_a_parent_that_does_not_exist_fails_and_leaves_the_page_where_it_was()
    {
        var home = await PublishedAsync("Home");
        var about = await PublishedAsync("About", home);

        var result = await Content.MoveAsync(about.Key, Guid.NewGuid());

        Assert.Equal(ContentOperationStatus.ParentNotFound, result.Status);
        Assert.Equal(about.Key, Cache.GetByRoute("/about")?.Key);
    }
}
