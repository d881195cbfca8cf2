using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Tests.TestSupport;
using VirtualSchool.Portal.Infrastructure.USync;

namespace VirtualSchool.Portal.Core.Tests.USync;

[Trait("Category", "Unit")]
public sealed class USyncReaderTests
{
    private static readonly Guid H5yrHome = Guid.Parse("129b4ce1-5570-48b8-9d5e-89281f64988a");
    private static readonly Guid H5yrContribute = Guid.Parse("cfeb7907-043c-4440-96a8-5672411e72e5");
    private static readonly Guid H5yrShop = Guid.Parse("0f1bf958-2fc5-4d51-a64d-5b37b0d46d1d");
    private static readonly Guid Kezdolap = Guid.Parse("3f707442-9abc-4677-b69a-b0ce9a0a8d9a");

    private static IReadOnlyList<USyncItem> Read(string fixture)
    {
        var (items, failures) = USyncReader.ReadFolder(USyncReader.ResolveVersionFolder(TestPaths.Fixture(fixture))!);
        Assert.Empty(failures);
        return items;
    }

    private static T Item<T>(IReadOnlyList<USyncItem> items, Guid key) where T : USyncItem =>
        Assert.Single(items.OfType<T>(), i => i.Key == key);

    private static USyncContentType DocumentType(IReadOnlyList<USyncItem> items, string alias) =>
        Assert.Single(items.OfType<USyncContentType>(), t => t.Alias == alias && t.ContentType.Kind == ContentTypeKind.Document);

    [Theory]
    [InlineData("h5yr-v9", "v9")]
    [InlineData("consulting-v17", "v17")]
    public void A_uSync_folder_resolves_to_its_version_folder(string fixture, string version) =>
        Assert.Equal(Path.Combine(TestPaths.Fixture(fixture), version), USyncReader.ResolveVersionFolder(TestPaths.Fixture(fixture)));

    [Fact]
    public void A_folder_that_holds_item_folders_is_its_own_version_folder()
    {
        var versionFolder = Path.Combine(TestPaths.H5yrV9, "v9");

        Assert.Equal(versionFolder, USyncReader.ResolveVersionFolder(versionFolder));
    }

    [Fact]
    public void The_highest_version_folder_is_chosen_when_there_are_several()
    {
        using var folder = TempFolder.Create("usync-versions");
        Directory.CreateDirectory(folder.PathTo("v9", "Content"));
        Directory.CreateDirectory(folder.PathTo("v17", "Content"));
        Directory.CreateDirectory(folder.PathTo("v8", "Content"));

        Assert.Equal(folder.PathTo("v17"), USyncReader.ResolveVersionFolder(folder.Path));
    }

    [Fact]
    public void A_missing_folder_resolves_to_nothing() =>
        Assert.Null(USyncReader.ResolveVersionFolder(Path.Combine(TestPaths.USyncFixtures, "no-such-site")));

    [Theory]
    [InlineData("h5yr-v9", 3, 0)]
    [InlineData("consulting-v17", 4, 3)]
    public void Each_fixture_reads_with_no_failures(string fixture, int contentItems, int mediaItems)
    {
        var folder = USyncReader.ResolveVersionFolder(TestPaths.Fixture(fixture))!;
        var configFiles = Directory.EnumerateFiles(folder, "*.config", SearchOption.AllDirectories)
            .Count(f => Path.GetDirectoryName(f) != folder);

        var (items, failures) = USyncReader.ReadFolder(folder);

        Assert.Empty(failures);
        Assert.Equal(configFiles, items.Count);
        Assert.Equal(contentItems, items.OfType<USyncNode>().Count(n => !n.IsMedia));
        Assert.Equal(mediaItems, items.OfType<USyncNode>().Count(n => n.IsMedia));
        Assert.Contains(items, i => i is USyncDataType);
        Assert.Contains(items, i => i is USyncContentType);
    }

    [Fact]
    public void A_content_item_reads_its_place_in_the_tree_its_state_and_its_values()
    {
        var contribute = Item<USyncNode>(Read("h5yr-v9"), H5yrContribute);

        Assert.Equal("Contribute", contribute.Name);
        Assert.Equal(H5yrHome, contribute.ParentKey);
        Assert.Equal(2, contribute.Level);
        Assert.Equal(0, contribute.SortOrder);
        Assert.Equal("page", contribute.ContentTypeAlias);
        Assert.Equal("Page", contribute.TemplateAlias);
        Assert.True(contribute.Published);
        Assert.False(contribute.Trashed);
        Assert.False(contribute.IsMedia);
        Assert.Equal(new DateTime(2022, 7, 8, 18, 6, 20, DateTimeKind.Utc), contribute.CreateDate);
        Assert.Equal(DateTimeKind.Utc, contribute.CreateDate.Kind);
        Assert.Equal("<p>dgsds</p>", contribute.Properties["bodyText"]);
        Assert.Equal("Contribute", contribute.Properties["pageTitle"]);
        Assert.Equal(Path.Combine("Content", "contribute.config"), contribute.File);
    }

    [Fact]
    public void A_top_level_item_has_no_parent_and_empty_CDATA_values_are_empty()
    {
        var home = Item<USyncNode>(Read("h5yr-v9"), H5yrHome);

        Assert.Null(home.ParentKey);
        Assert.Equal(1, home.Level);
        Assert.Equal("home", home.ContentTypeAlias);
        Assert.Equal("", home.Properties["bodyText"]);
        Assert.Equal(["bodyText", "pageTitle", "title"], home.Properties.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Multi_line_CDATA_values_are_read_exactly_as_written()
    {
        var shop = Item<USyncNode>(Read("h5yr-v9"), H5yrShop);

        Assert.StartsWith("<p>Welcome to the H5YR web shop - all profit", shop.Properties["bodyText"], StringComparison.Ordinal);
        Assert.Contains("</p>\n<p>If you can't see what you are looking for", shop.Properties["bodyText"], StringComparison.Ordinal);
        Assert.StartsWith("<div id=\"myShop\">", shop.Properties["script"], StringComparison.Ordinal);
        Assert.Contains("shopName: 'high-5-you-rock',", shop.Properties["script"], StringComparison.Ordinal);
        Assert.EndsWith("shopclient.nocache.js\">\n</script>", shop.Properties["script"], StringComparison.Ordinal);
        Assert.Equal(1, shop.SortOrder);
    }

    [Fact]
    public void A_v9_document_type_reads_its_compositions_allowed_children_and_properties()
    {
        var items = Read("h5yr-v9");
        var page = DocumentType(items, "page").ContentType;
        var home = DocumentType(items, "home").ContentType;

        Assert.Equal(["commonPageSettings"], page.Compositions);
        Assert.False(page.AllowAtRoot);
        Assert.Equal("Page", page.Name);
        Assert.Equal("icon-document color-deep-purple", page.Icon);
        var script = Assert.Single(page.Properties);
        Assert.Equal("script", script.Alias);
        Assert.Equal("Script", script.Name);
        Assert.Equal(Guid.Parse("8b9e5d40-743d-49dc-a500-ae767e04fc2a"), script.Key);
        Assert.Equal(Guid.Parse("c6bac0dd-4ab9-45b1-8e30-e4b619ee5da3"), script.DataTypeKey);
        Assert.Equal("Umbraco.TextArea", script.EditorAlias);
        Assert.False(script.Mandatory);
        Assert.Null(script.ValidationRegex);
        Assert.Null(script.Description);
        Assert.Equal(2, script.SortOrder);
        Assert.Equal("content", script.GroupAlias);
        Assert.Equal(new PropertyGroup("content", "Content", "Group", 0, Guid.Parse("def4e5dd-e826-4a13-a2ec-7444ca141e63")), Assert.Single(page.Groups));

        Assert.True(home.AllowAtRoot);
        Assert.Equal(["page"], home.AllowedChildren);
        Assert.Equal(["commonPageSettings"], home.Compositions);
    }

    [Fact]
    public void A_v17_document_type_reads_every_composition_and_its_allowed_children()
    {
        var homePage = DocumentType(Read("consulting-v17"), "homePage").ContentType;

        Assert.Equal(["breadcrumbProperties", "seoProperties"], homePage.Compositions);
        Assert.Equal(["contentPage"], homePage.AllowedChildren);
        Assert.Equal("Home Page", homePage.Description);
        var bodyGrid = Assert.Single(homePage.Properties);
        Assert.Equal("bodyGrid", bodyGrid.Alias);
        Assert.Equal("Umbraco.BlockGrid", bodyGrid.EditorAlias);
        Assert.Equal("The block-based layout of the page", bodyGrid.Description);
    }

    [Fact]
    public void A_v17_content_item_keeps_its_accented_name_and_its_parent()
    {
        var items = Read("consulting-v17");
        var kezdolap = Item<USyncNode>(items, Kezdolap);
        var rolunk = Item<USyncNode>(items, Guid.Parse("47c32d18-5106-4528-b7f6-8d7bea0a7c53"));

        Assert.Equal("Kezdőlap", kezdolap.Name);
        Assert.Equal(Guid.Parse("b12b5f37-fff3-46d3-824b-657014d36865"), kezdolap.ParentKey);
        Assert.Equal("homePage", kezdolap.ContentTypeAlias);
        Assert.Equal("Rólunk", rolunk.Name);
        Assert.Equal(Kezdolap, rolunk.ParentKey);
        Assert.Equal(3, rolunk.Level);
        Assert.Null(Item<USyncNode>(items, Guid.Parse("b12b5f37-fff3-46d3-824b-657014d36865")).TemplateAlias);
    }

    [Fact]
    public void Empty_files_are_read_as_delete_and_rename_markers()
    {
        var items = Read("consulting-v17");
        var empties = items.OfType<USyncEmpty>().ToList();

        var rename = Assert.Single(empties, e => e.File == Path.Combine("Content", "home-page.config"));
        Assert.Equal(Kezdolap, rename.Key);
        Assert.Equal("Home Page", rename.Alias);
        Assert.Equal("Rename", rename.Change);
        Assert.Equal("Content", rename.Folder);

        var delete = Assert.Single(empties, e => e.File == Path.Combine("Content", "settings.config"));
        Assert.Equal(Guid.Parse("40000000-0000-0000-0000-000000000004"), delete.Key);
        Assert.Equal("Delete", delete.Change);

        var deletedType = Assert.Single(empties, e => e.Folder == "ContentTypes");
        Assert.Equal(Guid.Parse("99999999-9999-9999-9999-999999999999"), deletedType.Key);
        Assert.Equal(9, empties.Count(e => e.Folder == "Domains"));
    }

    [Fact]
    public void A_domain_is_read_with_the_node_it_is_bound_to()
    {
        var domain = Item<USyncDomain>(Read("consulting-v17"), Guid.Parse("cdcab783-0000-0000-0000-000000000000"));

        Assert.Equal("/", domain.Domain.Name);
        Assert.Equal(Kezdolap, domain.Domain.RootKey);
        Assert.Equal("hu-HU", domain.Domain.Language);
        Assert.False(domain.Domain.IsWildcard);
    }

    [Fact]
    public void Kinds_the_portal_does_not_keep_are_read_as_ignored_with_a_reason()
    {
        var ignored = Read("consulting-v17").OfType<USyncIgnored>().ToList();

        Assert.Equal(["Language", "RelationType", "Template"], ignored.Select(i => i.Kind).Distinct().Order(StringComparer.Ordinal));
        Assert.All(ignored, i => Assert.False(string.IsNullOrWhiteSpace(i.Reason)));
    }

    [Theory]
    [InlineData("truncated", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Content Key=\"0f1bf958-2fc5-4d51-a64d-5b37b0d46d1d\" Alias=\"Shop\">\n  <Info>\n")]
    [InlineData("no key", "<Content Alias=\"Shop\"><Info><ContentType>page</ContentType></Info></Content>")]
    [InlineData("unknown kind", "<Widget Key=\"0f1bf958-2fc5-4d51-a64d-5b37b0d46d1d\" Alias=\"Shop\" />")]
    [InlineData("no content type", "<Content Key=\"0f1bf958-2fc5-4d51-a64d-5b37b0d46d1d\" Alias=\"Shop\"><Info /></Content>")]
    [InlineData("an unknown encoding", "<?xml version=\"1.0\" encoding=\"klingon\"?><Content Key=\"0f1bf958-2fc5-4d51-a64d-5b37b0d46d1d\" Alias=\"Shop\" />")]
    [InlineData("an empty file", "")]
    [InlineData("a DTD", "<!DOCTYPE Content [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]><Content Key=\"0f1bf958-2fc5-4d51-a64d-5b37b0d46d1d\" Alias=\"&secret;\" />")]
    public void A_broken_file_becomes_one_failure_naming_the_file_while_the_rest_is_read(string breakage, string text)
    {
        using var copy = TempFolder.CopyOf(TestPaths.H5yrV9);
        var folder = USyncReader.ResolveVersionFolder(copy.Path)!;
        var before = USyncReader.ReadFolder(folder).Items.Count;
        File.WriteAllText(Path.Combine(folder, "Content", "shop.config"), text);

        var (items, failures) = USyncReader.ReadFolder(folder);

        var failure = Assert.Single(failures);
        Assert.Equal(Path.Combine("Content", "shop.config"), failure.File);
        Assert.Equal(USyncChange.Failed, failure.Change);
        Assert.False(string.IsNullOrWhiteSpace(failure.Reason), $"no reason given for {breakage}");
        Assert.Equal(before - 1, items.Count);
        Assert.DoesNotContain(items, i => i.Key == H5yrShop);
        Assert.Contains(items, i => i.Key == H5yrContribute);
    }

    [Fact]
    public void A_property_without_a_data_type_fails_the_document_type_with_the_reason()
    {
        using var copy = TempFolder.CopyOf(TestPaths.H5yrV9);
        var file = Path.Combine(copy.Path, "v9", "ContentTypes", "page.config");
        File.WriteAllText(file, File.ReadAllText(file).Replace("<Definition>c6bac0dd-4ab9-45b1-8e30-e4b619ee5da3</Definition>", "<Definition>none</Definition>", StringComparison.Ordinal));

        var failure = Assert.Single(USyncReader.ReadFolder(Path.Combine(copy.Path, "v9")).Failures);

        Assert.Equal(Path.Combine("ContentTypes", "page.config"), failure.File);
        Assert.Equal("property 'script' has no valid Definition (data type key)", failure.Reason);
    }
}
