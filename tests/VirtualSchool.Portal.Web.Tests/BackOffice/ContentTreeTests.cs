using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Infrastructure.Persistence;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.BackOffice;

/// <summary>The content tree, a level at a time, however many pages it has.</summary>
[Trait("Category", "Integration")]
[Collection(ContentEditingCollection.Name)]
public sealed class ContentTreeTests(BackOfficeFactory factory) : ContentEditingTests(factory)
{
    [Fact]
    public async Task The_tree_shows_a_level_fifty_pages_at_a_time_with_the_total()
    {
        var content = Factory.Services.GetRequiredService<ContentService>();
        var parent = await content.CreateAsync(new NewContent("Many children", "contentPage", Guid.Parse(Home), Heading("Many children")));
        for (var i = 0; i < 120; i++)
        {
            await content.CreateAsync(new NewContent($"Child {i:D3}", "contentPage", parent.Node!.Key, Heading($"Child {i}")));
        }

        var editor = await Factory.SignInAsync(BackOfficeRoles.Editor);
        var first = await PortalFactory.ParseAsync(await editor.GetAsync($"/umbraco/content?parent={parent.Node!.Key}"));
        var third = await PortalFactory.ParseAsync(await editor.GetAsync($"/umbraco/content?parent={parent.Node!.Key}&page=3"));

        Assert.Equal(50, first.QuerySelectorAll("table.app-content-tree tbody tr").Length);
        Assert.Contains("(120)", first.QuerySelector("table.app-content-tree caption")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Child 000", first.QuerySelector("table.app-content-tree tbody tr a")!.TextContent.Trim());
        Assert.Equal(20, third.QuerySelectorAll("table.app-content-tree tbody tr").Length);
        Assert.Equal("Child 100", third.QuerySelector("table.app-content-tree tbody tr a")!.TextContent.Trim());
        Assert.Contains("Many children", first.QuerySelector(".govuk-breadcrumbs")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_level_of_ten_thousand_pages_still_opens_at_any_page_quickly()
    {
        var content = Factory.Services.GetRequiredService<ContentService>();
        var parent = (await content.CreateAsync(new NewContent("Ten thousand children", "contentPage", Guid.Parse(Home), Heading("Ten thousand children")))).Node!;
        await using (var db = await Factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            // Straight into the table: the tree is what is measured here, not 10,000 saves.
            db.ContentNodes.AddRange(Enumerable.Range(0, 10_000).Select(i => new ContentNode
            {
                Key = Guid.NewGuid(),
                ParentKey = parent.Key,
                Level = parent.Level + 1,
                SortOrder = i,
                Name = $"Bulk {i:D5}",
                UrlSegment = $"bulk-{i:D5}",
                ContentTypeAlias = "contentPage",
                CreateDate = DateTime.UtcNow,
                UpdateDate = DateTime.UtcNow,
            }));
            await db.SaveChangesAsync();
        }

        var editor = await Factory.SignInAsync(BackOfficeRoles.Editor);
        await editor.GetAsync($"/umbraco/content?parent={parent.Key}");
        var last = await PortalFactory.ParseAsync(await editor.GetAsync($"/umbraco/content?parent={parent.Key}&page=200"));

        Assert.Equal(50, last.QuerySelectorAll("table.app-content-tree tbody tr").Length);
        Assert.Equal("Bulk 09950", last.QuerySelector("table.app-content-tree tbody tr a")!.TextContent.Trim());
        Assert.Contains("(10000)", last.QuerySelector("table.app-content-tree caption")!.TextContent, StringComparison.Ordinal);
    }
}
