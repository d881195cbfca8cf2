using VirtualSchool.Portal.Core.Content;

namespace VirtualSchool.Portal.Core.Tests.Content;

[Trait("Category", "Unit")]
public sealed class ContentTypeComposerTests
{
    private static PropertyType Property(string alias, string name = "", string editor = "Umbraco.TextBox", int sortOrder = 0) =>
        new(Guid.NewGuid(), alias, name.Length > 0 ? name : alias, Guid.NewGuid(), editor, SortOrder: sortOrder);

    private static ContentType Type(string alias, string[] compositions, params PropertyType[] properties) =>
        new() { Key = Guid.NewGuid(), Alias = alias, Name = alias, Compositions = [.. compositions], Properties = [.. properties] };

    private static Dictionary<string, ContentType> ByAlias(params ContentType[] types) =>
        types.ToDictionary(t => t.Alias, StringComparer.OrdinalIgnoreCase);

    [Fact]
    public void A_composed_type_has_the_properties_of_its_compositions()
    {
        var seo = Type("seoProperties", [], Property("metaTitle"), Property("metaDescription"));
        var page = Type("contentPage", ["seoProperties"], Property("bodyText"));

        var composed = ContentTypeComposer.Compose(page, ByAlias(seo, page));

        Assert.Equal(["bodyText", "metaTitle", "metaDescription"], composed.Properties.Select(p => p.Alias));
        Assert.Equal("contentPage", composed.Alias);
    }

    [Fact]
    public void Compositions_of_compositions_are_included()
    {
        var breadcrumb = Type("breadcrumbProperties", [], Property("hideBreadcrumb"));
        var seo = Type("seoProperties", ["breadcrumbProperties"], Property("metaTitle"));
        var page = Type("contentPage", ["seoProperties"], Property("bodyText"));

        var composed = ContentTypeComposer.Compose(page, ByAlias(breadcrumb, seo, page));

        Assert.Equal(["bodyText", "metaTitle", "hideBreadcrumb"], composed.Properties.Select(p => p.Alias));
    }

    [Fact]
    public void A_property_on_the_type_itself_wins_over_a_composition_property_with_the_same_alias()
    {
        var seo = Type("seoProperties", [], Property("metaTitle", "Composition title", "Umbraco.TextBox"));
        var page = Type("contentPage", ["seoProperties"], Property("MetaTitle", "Own title", "Umbraco.TextArea"));

        var composed = ContentTypeComposer.Compose(page, ByAlias(seo, page));

        var property = Assert.Single(composed.Properties);
        Assert.Equal("Own title", property.Name);
        Assert.Equal("Umbraco.TextArea", property.EditorAlias);
    }

    [Fact]
    public void A_composition_cycle_is_followed_once_and_does_not_loop()
    {
        var a = Type("a", ["b"], Property("fromA"));
        var b = Type("b", ["a"], Property("fromB"));

        var composed = ContentTypeComposer.Compose(a, ByAlias(a, b));

        Assert.Equal(["fromA", "fromB"], composed.Properties.Select(p => p.Alias));
    }

    [Fact]
    public void A_composition_reached_by_two_paths_contributes_its_properties_once()
    {
        var shared = Type("shared", [], Property("colour"));
        var left = Type("left", ["shared"], Property("fromLeft"));
        var right = Type("right", ["shared"], Property("fromRight"));
        var page = Type("page", ["left", "right"]);

        var composed = ContentTypeComposer.Compose(page, ByAlias(shared, left, right, page));

        Assert.Equal(["fromLeft", "colour", "fromRight"], composed.Properties.Select(p => p.Alias));
    }

    [Fact]
    public void A_composition_that_does_not_exist_is_skipped()
    {
        var page = Type("page", ["deletedComposition"], Property("bodyText"));

        var composed = ContentTypeComposer.Compose(page, ByAlias(page));

        Assert.Equal("bodyText", Assert.Single(composed.Properties).Alias);
    }

    [Fact]
    public void Groups_of_compositions_are_merged_once_and_kept_in_sort_order()
    {
        var seo = Type("seo", []);
        seo.Groups = [new PropertyGroup("seo", "SEO", "Group", 20), new PropertyGroup("content", "Content (from SEO)", "Group", 0)];
        var page = Type("page", ["seo"]);
        page.Groups = [new PropertyGroup("settings", "Settings", "Group", 10), new PropertyGroup("content", "Content", "Group", 0)];

        var composed = ContentTypeComposer.Compose(page, ByAlias(seo, page));

        Assert.Equal(["Content", "Settings", "SEO"], composed.Groups.Select(g => g.Name));
    }

    [Fact]
    public void Composing_leaves_the_stored_types_unchanged()
    {
        var seo = Type("seoProperties", [], Property("metaTitle"));
        var page = Type("contentPage", ["seoProperties"], Property("bodyText"));

        _ = ContentTypeComposer.Compose(page, ByAlias(seo, page));

        Assert.Equal("bodyText", Assert.Single(page.Properties).Alias);
        Assert.Equal("metaTitle", Assert.Single(seo.Properties).Alias);
    }
}
