using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Published;

namespace VirtualSchool.Portal.Core.Tests.Published;

[Trait("Category", "Unit")]
public sealed class PublishedContentCacheTests
{
    private static readonly ContentType PageType = new() { Key = Guid.NewGuid(), Alias = "contentPage", Name = "Content page" };
    private readonly PublishedContentCache _cache = new();
    private int _nextId = 1000;

    private PublishedContent Page(string name, PublishedContent? parent = null, int sortOrder = 0) => new()
    {
        Id = _nextId++,
        Key = Guid.NewGuid(),
        ParentKey = parent?.Key,
        Level = (parent?.Level ?? 0) + 1,
        SortOrder = sortOrder,
        Name = name,
        UrlSegment = UrlSegments.FromName(name),
        ContentType = PageType,
        CreateDate = DateTime.UnixEpoch,
        UpdateDate = DateTime.UnixEpoch,
        Properties = new Dictionary<string, string?> { ["title"] = name },
    };

    private string? RouteOf(PublishedContent item) => _cache.GetByKey(item.Key)?.Route;

    [Fact]
    public void Re_sorting_a_level_of_thousands_one_sibling_at_a_time_ends_in_the_new_order()
    {
        var home = Page("Home");
        var archive = Page("Archive", home);
        var children = Enumerable.Range(0, 5000).Select(i => Page($"Notice {i:D4}", archive, i)).ToList();
        _cache.Load([home, archive, .. children], []);

        // Reversed, as ContentSortedNotification's handler sets them: each sibling in turn, the others still in their old places.
        for (var i = 0; i < children.Count; i++)
        {
            _cache.Set(children[i] with { SortOrder = children.Count - 1 - i });
        }

        Assert.Equal(children.Select(c => c.Key).Reverse(), _cache.GetChildren(archive.Key).Select(c => c.Key));
        Assert.Equal("/archive/notice-4999", _cache.GetChildren(archive.Key)[0].Route);
    }

    [Fact]
    public void Siblings_with_the_same_sort_order_are_in_name_order()
    {
        var home = Page("Home");
        var b = Page("Bravo", home, 1);
        var a = Page("Alpha", home, 1);
        var c = Page("Charlie", home, 0);
        _cache.Load([home, b, a], []);
        _cache.Set(c);
        _cache.Set(b with { SortOrder = 1 });

        Assert.Equal(["Charlie", "Alpha", "Bravo"], _cache.GetChildren(home.Key).Select(x => x.Name));
    }

    [Fact]
    public void The_first_top_level_node_answers_at_the_root_and_its_descendants_below_it()
    {
        var home = Page("Home");
        var about = Page("About", home);
        var board = Page("Management board", about);
        _cache.Load([home, about, board], []);

        Assert.Equal("/", RouteOf(home));
        Assert.Equal("/about", RouteOf(about));
        Assert.Equal("/about/management-board", RouteOf(board));
        Assert.Equal(board.Key, _cache.GetByRoute("/about/management-board")?.Key);
        Assert.Equal(home.Key, _cache.GetByRoute("/")?.Key);
    }

    [Fact]
    public void Other_top_level_nodes_answer_at_their_own_segment()
    {
        var home = Page("Home", sortOrder: 0);
        var errors = Page("Error pages", sortOrder: 1);
        var notFound = Page("Page not found", errors);
        _cache.Load([errors, notFound, home], []);

        Assert.Equal("/", RouteOf(home));
        Assert.Equal("/error-pages", RouteOf(errors));
        Assert.Equal("/error-pages/page-not-found", RouteOf(notFound));
    }

    [Fact]
    public void A_node_bound_to_a_domain_answers_at_the_root_instead_of_the_first_top_level_node()
    {
        var site = Page("Executive Insights");
        var home = Page("Kezdőlap", site, sortOrder: 0);
        var settings = Page("Site settings", site, sortOrder: 1);
        var about = Page("Rólunk", home);
        _cache.Load([site, home, settings, about], [new Domain { Key = Guid.NewGuid(), Name = "/", RootKey = home.Key }]);

        Assert.Equal(home.Key, _cache.GetByRoute("/")?.Key);
        Assert.Equal("/rolunk", RouteOf(about));
        Assert.Null(RouteOf(site));
        Assert.Equal(home.Key, _cache.GetSiteRoot(about.Key)?.Key);
    }

    [Theory]
    [InlineData("/about/management-board")]
    [InlineData("/about/management-board/")]
    [InlineData("/About/Management-Board")]
    [InlineData("about/management-board")]
    [InlineData(" /ABOUT/MANAGEMENT-BOARD/ ")]
    public void A_route_is_found_whatever_its_case_and_trailing_slash(string path)
    {
        var home = Page("Home");
        var about = Page("About", home);
        var board = Page("Management board", about);
        _cache.Load([home, about, board], []);

        Assert.Equal(board.Key, _cache.GetByRoute(path)?.Key);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    public void An_empty_path_is_the_root(string path)
    {
        var home = Page("Home");
        _cache.Load([home], []);

        Assert.Equal(home.Key, _cache.GetByRoute(path)?.Key);
    }

    [Theory]
    [InlineData("//about")]
    [InlineData("/about//management-board")]
    [InlineData("/management-board")]
    public void A_path_that_is_not_a_route_finds_nothing(string path)
    {
        var home = Page("Home");
        var about = Page("About", home);
        _cache.Load([home, about, Page("Management board", about)], []);

        Assert.Null(_cache.GetByRoute(path));
    }

    [Fact]
    public void Renaming_a_node_moves_its_descendants_and_reports_every_route_that_changed()
    {
        var home = Page("Home");
        var about = Page("About", home);
        var board = Page("Management board", about);
        _cache.Load([home, about, board], []);

        var changes = _cache.Set(about with { Name = "About us", UrlSegment = "about-us" });

        Assert.Equal("/about-us", RouteOf(about));
        Assert.Equal("/about-us/management-board", RouteOf(board));
        Assert.Null(_cache.GetByRoute("/about"));
        Assert.Null(_cache.GetByRoute("/about/management-board"));
        Assert.Equal(board.Key, _cache.GetByRoute("/about-us/management-board")?.Key);
        Assert.Equivalent(
            new[] { new RouteChange(about.Key, "/about", "/about-us"), new RouteChange(board.Key, "/about/management-board", "/about-us/management-board") },
            changes);
    }

    [Fact]
    public void Republishing_a_node_unchanged_reports_no_route_changes()
    {
        var home = Page("Home");
        var about = Page("About", home);
        _cache.Load([home, about], []);

        Assert.Empty(_cache.Set(about with { Properties = new Dictionary<string, string?> { ["title"] = "New title" } }));
        Assert.Equal("New title", _cache.GetByRoute("/about")?.Value("title"));
    }

    [Fact]
    public void Removing_a_node_hides_its_descendants_and_publishing_it_again_brings_them_back()
    {
        var home = Page("Home");
        var about = Page("About", home);
        var board = Page("Management board", about);
        _cache.Load([home, about, board], []);

        _cache.Remove(about.Key);

        Assert.Null(_cache.GetByKey(about.Key));
        Assert.Null(_cache.GetByRoute("/about"));
        Assert.Null(_cache.GetByRoute("/about/management-board"));
        Assert.DoesNotContain(_cache.GetAll(), c => c.Key == board.Key);
        Assert.Empty(_cache.GetChildren(home.Key));

        _cache.Set(about);

        Assert.Equal(about.Key, _cache.GetByRoute("/about")?.Key);
        Assert.Equal(board.Key, _cache.GetByRoute("/about/management-board")?.Key);
    }

    [Fact]
    public void Removing_the_first_top_level_node_hands_the_root_to_the_next_until_it_returns()
    {
        var home = Page("Home", sortOrder: 0);
        var other = Page("Other site", sortOrder: 1);
        _cache.Load([home, other], []);

        _cache.Remove(home.Key);
        Assert.Equal(other.Key, _cache.GetByRoute("/")?.Key);

        _cache.Set(home);
        Assert.Equal(home.Key, _cache.GetByRoute("/")?.Key);
        Assert.Equal("/other-site", RouteOf(other));
    }

    [Fact]
    public void A_node_whose_parent_is_not_published_has_no_route_until_the_parent_is()
    {
        var home = Page("Home");
        var about = Page("About", home);
        var board = Page("Management board", about);
        _cache.Load([home], []);

        _cache.Set(board);
        Assert.Null(RouteOf(board));
        Assert.Null(_cache.GetByRoute("/about/management-board"));

        _cache.Set(about);
        Assert.Equal("/about/management-board", RouteOf(board));
    }

    [Fact]
    public void Children_are_listed_in_sort_order_and_follow_a_change_of_sort_order()
    {
        var home = Page("Home");
        var third = Page("Admissions", home, sortOrder: 2);
        var first = Page("Statutory guidance", home, sortOrder: 0);
        var second = Page("SEND local offer", home, sortOrder: 1);
        _cache.Load([home, third, first, second], []);

        Assert.Equal(["Statutory guidance", "SEND local offer", "Admissions"], _cache.GetChildren(home.Key).Select(c => c.Name));

        _cache.Set(third with { SortOrder = -1 });

        Assert.Equal(["Admissions", "Statutory guidance", "SEND local offer"], _cache.GetChildren(home.Key).Select(c => c.Name));
    }

    [Fact]
    public void When_two_siblings_share_a_segment_the_first_in_sort_order_wins_until_it_is_removed()
    {
        var home = Page("Home");
        var first = Page("News", home, sortOrder: 0);
        var second = Page("News", home, sortOrder: 1);
        _cache.Load([home, second, first], []);

        Assert.Equal(first.Key, _cache.GetByRoute("/news")?.Key);
        Assert.Null(RouteOf(second));

        _cache.Remove(first.Key);

        Assert.Equal(second.Key, _cache.GetByRoute("/news")?.Key);
    }

    [Fact]
    public void A_child_of_a_sibling_that_lost_its_path_does_not_take_a_route_from_the_winning_sibling()
    {
        var home = Page("Home");
        var news = Page("News", home, sortOrder: 0);
        var duplicate = Page("News", home, sortOrder: 1);
        var item = Page("Item", news, sortOrder: 1);
        var duplicateItem = Page("Item", duplicate, sortOrder: 0);
        _cache.Load([home, news, duplicate, item, duplicateItem], []);

        Assert.Equal(news.Key, _cache.GetByRoute("/news")?.Key);
        Assert.Equal(item.Key, _cache.GetByRoute("/news/item")?.Key);
        Assert.Null(RouteOf(duplicateItem));
    }

    [Fact]
    public void Every_change_moves_the_version_on_so_output_caches_can_tell()
    {
        var home = Page("Home");
        _cache.Load([home], []);
        var loaded = _cache.Version;

        _cache.Set(home with { Name = "Home!" });
        var afterSet = _cache.Version;
        _cache.Remove(home.Key);

        Assert.True(afterSet > loaded);
        Assert.True(_cache.Version > afterSet);
    }

    [Fact]
    public void Ancestors_are_listed_from_the_top_down()
    {
        var home = Page("Home");
        var about = Page("About", home);
        var board = Page("Management board", about);
        _cache.Load([home, about, board], []);

        Assert.Equal(["Home", "About"], _cache.GetAncestors(board.Key).Select(a => a.Name));
    }
}
