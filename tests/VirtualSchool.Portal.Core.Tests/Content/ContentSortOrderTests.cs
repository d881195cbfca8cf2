using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Tests.TestSupport;

namespace VirtualSchool.Portal.Core.Tests.Content;

/// <summary>New and moved pages go last on their level, from one MAX query over the level.</summary>
[Trait("Category", "Unit")]
public sealed class ContentSortOrderTests : ContentServiceTestBase
{
    [Fact]
    public async Task The_highest_sort_order_of_an_empty_level_is_null()
    {
        var home = await CreateAsync("Home");

        Assert.Null(await Repository.GetMaxSortOrderAsync(home.Key));
    }

    [Fact]
    public async Task New_pages_go_after_the_highest_sort_order_even_when_there_are_gaps()
    {
        var home = await CreateAsync("Home");
        var values = SampleSite.ValidValues("Far", null);
        await Content.CreateAsync(new NewContent("Far", SampleSite.ContentPage, home.Key, values, SortOrder: 41));

        var next = await CreateAsync("Next", home);

        Assert.Equal(42, next.SortOrder);
        Assert.Equal(42, await Repository.GetMaxSortOrderAsync(home.Key));
    }

    [Fact]
    public async Task A_moved_page_goes_last_on_its_new_level()
    {
        var home = await CreateAsync("Home");
        var a = await CreateAsync("A", home);
        await CreateAsync("A child", a);
        await CreateAsync("Another child", a);
        var b = await CreateAsync("B", home);

        var moved = await Content.MoveAsync(b.Key, a.Key);

        Assert.True(moved.Succeeded, moved.Message);
        Assert.Equal(2, (await Repository.GetNodeAsync(b.Key))!.SortOrder);
    }
}
