using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Tests.TestSupport;

namespace VirtualSchool.Portal.Core.Tests.Content;

[Trait("Category", "Unit")]
public sealed class ContentServiceCopyTests : ContentServiceTestBase
{
    [Fact]
    public async Task Copying_with_descendants_makes_unpublished_drafts_with_new_keys_and_a_copy_name()
    {
        var home = await PublishedAsync("Home");
        var about = await PublishedAsync("About", home);
        var board = await PublishedAsync("Board", about);
        await Content.SaveAsync(board.Key, "Board draft", SampleSite.ValidValues("Board draft", "newer"));

        var result = await Content.CopyAsync(about.Key, home.Key, includeDescendants: true, "editor@test");

        Assert.True(result.Succeeded, result.Message);
        var copy = result.Node!;
        Assert.NotEqual(about.Key, copy.Key);
        Assert.Equal("About (copy)", copy.Name);
        Assert.False(copy.IsPublished);
        var children = await Repository.GetChildrenAsync(copy.Key);
        var child = Assert.Single(children);
        Assert.NotEqual(board.Key, child.Key);
        Assert.Equal("Board draft", child.Name);
        Assert.False(child.IsPublished);
        Assert.Equal("newer", (await Repository.GetVersionAsync(child.DraftVersionId))!.Properties["bodyText"]);
    }

    [Fact]
    public async Task Copying_without_descendants_copies_one_page_and_keeps_its_name_where_it_is_free()
    {
        var home = await PublishedAsync("Home");
        var about = await PublishedAsync("About", home);
        await PublishedAsync("Board", about);
        var other = await PublishedAsync("Other", home);

        var result = await Content.CopyAsync(about.Key, other.Key, includeDescendants: false);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal("About", result.Node!.Name);
        Assert.Empty(await Repository.GetChildrenAsync(result.Node!.Key));
    }

    [Fact]
    public async Task Cannot_copy_a_branch_below_itself()
    {
        var home = await PublishedAsync("Home");
        var about = await PublishedAsync("About", home);
        var board = await PublishedAsync("Board", about);

        var result = await Content.CopyAsync(about.Key, board.Key, includeDescendants: true);

        Assert.Equal(ContentOperationStatus.InvalidMove, result.Status);
    }
}
