using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Infrastructure.Content;
using VirtualSchool.Portal.Infrastructure.Persistence;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.BackOffice;

/// <summary>Sorting pages, a level at a time, driven through the back-office pages.</summary>
[Trait("Category", "Integration")]
[Collection(ContentToolsCollection.Name)]
public sealed class ContentSortingTests(BackOfficeFactory factory) : ContentToolsTests(factory)
{
    [Fact]
    public async Task Sorting_children_by_position_and_by_a_step_changes_the_published_order()
    {
        var parent = await NewPageAsync($"Sort parent {Guid.NewGuid():N}");
        var a = await NewPageAsync("Alpha", parent.Key);
        var b = await NewPageAsync("Bravo", parent.Key);
        var c = await NewPageAsync("Charlie", parent.Key);
        var editor = await Factory.SignInAsync(BackOfficeRoles.Editor);
        var path = $"/umbraco/content/{parent.Key}/sort";

        var byPosition = await BackOfficeBrowser.PostFormAsync(editor, path, path, new Dictionary<string, string> { [$"position-{c.Key:N}"] = "1", [$"position-{a.Key:N}"] = "3" });

        Assert.Equal(HttpStatusCode.Redirect, byPosition.StatusCode);
        Assert.Equal(["Charlie", "Bravo", "Alpha"], Cache.GetChildren(parent.Key).Select(p => p.Name));

        var page = await PortalFactory.ParseAsync(await editor.GetAsync(path));
        var form = page.QuerySelector($"form[action='{path}']")!;
        var fields = HtmlForms.Fields(form);
        fields["down"] = c.Key.ToString();
        using var content = new FormUrlEncodedContent(fields);
        var byStep = await editor.PostAsync(path, content);

        Assert.Equal(HttpStatusCode.Redirect, byStep.StatusCode);
        Assert.Equal(["Bravo", "Charlie", "Alpha"], Cache.GetChildren(parent.Key).Select(p => p.Name));
        Assert.Equal(["Bravo", "Charlie", "Alpha"], (await Repository.GetChildrenAsync(parent.Key)).Select(p => p.Name));
    }

    /// <summary>
    /// Published children stored straight in the database and loaded into the cache, as an import would leave them:
    /// creating a thousand through ContentService one by one would take most of a minute.
    /// </summary>
    private async Task<List<ContentNode>> NewChildrenAsync(ContentNode parent, int count)
    {
        var properties = (await Repository.GetVersionAsync(parent.DraftVersionId))!.Properties;
        var now = DateTime.UtcNow;
        await using var db = await Factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var nodes = Enumerable.Range(1, count).Select(i => new ContentNode
        {
            Key = Guid.NewGuid(),
            ParentKey = parent.Key,
            Level = parent.Level + 1,
            SortOrder = i - 1,
            Name = $"Archived {i:D4}",
            UrlSegment = $"archived-{i:D4}",
            ContentTypeAlias = parent.ContentTypeAlias,
            CreateDate = now,
            UpdateDate = now,
            PublishDate = now,
        }).ToList();
        db.ContentNodes.AddRange(nodes);
        await db.SaveChangesAsync();
        var versions = nodes.Select(n => new ContentVersion
        {
            NodeId = n.Id, VersionNumber = 1, Name = n.Name, Properties = new(properties, StringComparer.OrdinalIgnoreCase), CreateDate = now, PublishedDate = now,
        }).ToList();
        db.ContentVersions.AddRange(versions);
        await db.SaveChangesAsync();
        for (var i = 0; i < nodes.Count; i++)
        {
            nodes[i].DraftVersionId = versions[i].Id;
            nodes[i].PublishedVersionId = versions[i].Id;
        }

        await db.SaveChangesAsync();
        await Factory.Services.GetRequiredService<PublishedContentLoader>().RefreshChildrenAsync(parent.Key);
        return nodes;
    }

    [Fact]
    public async Task A_level_of_over_a_thousand_pages_is_sorted_a_page_at_a_time_and_the_public_order_follows()
    {
        var parent = await NewPageAsync($"Archive {Guid.NewGuid():N}");
        var children = await NewChildrenAsync(parent, 1150);
        Assert.Equal(1150, Cache.GetChildren(parent.Key).Count);
        var editor = await Factory.SignInAsync(BackOfficeRoles.Editor);
        var path = $"/umbraco/content/{parent.Key}/sort";

        // Paged: 50 rows with a small form each, no whole-list form, and a page of reasonable size.
        var first = await editor.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var html = await first.Content.ReadAsStringAsync();
        Assert.True(html.Length < 300_000, $"The sort page is {html.Length:N0} characters");
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.Equal(50, page.QuerySelectorAll(".app-sort tbody tr").Length);
        Assert.Null(page.QuerySelector($"form[action='{path}']"));
        Assert.Equal(50, page.QuerySelectorAll($"form[action='{path}/move']").Length);
        Assert.NotNull(page.QuerySelector($".govuk-pagination a[href='{path}?page=2']"));
        Assert.Contains("Page 1 of 23", page.QuerySelector(".govuk-pagination")!.TextContent, StringComparison.Ordinal);

        // The last page's last child goes straight to position 1, posting only its key and the number.
        var last = await PortalFactory.ParseAsync(await editor.GetAsync($"{path}?page=23"));
        var lastRow = last.QuerySelector($"tr[data-key='{children[^1].Key}']")!;
        Assert.Equal("1150", lastRow.GetAttribute("data-position"));
        var lastForm = lastRow.QuerySelector("form")!;
        Assert.Equal(["__RequestVerificationToken", "item", "page", "position"], HtmlForms.Fields(lastForm).Keys.Order(StringComparer.Ordinal));
        var moved = await HtmlForms.PostAsync(editor, lastForm, new Dictionary<string, string> { ["position"] = "1" });

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal($"{path}#row-{children[^1].Key:N}", moved.Headers.Location!.OriginalString);
        Assert.Equal(children[^1].Key, Cache.GetChildren(parent.Key)[0].Key);
        Assert.Equal(children[0].Key, Cache.GetChildren(parent.Key)[1].Key);
        var stored = (await Repository.GetChildrenAsync(parent.Key)).OrderBy(c => c.SortOrder).ToList();
        Assert.Equal(Enumerable.Range(0, 1150), stored.Select(c => c.SortOrder));
        Assert.Equal([children[^1].Key, .. children.SkipLast(1).Select(c => c.Key)], stored.Select(c => c.Key));

        // A headless reader sees the new order at once.
        var delivery = Factory.CreateClient();
        using (var json = JsonDocument.Parse(await delivery.GetStringAsync($"/umbraco/delivery/api/v2/content?fetch=children:{parent.Key}&take=2")))
        {
            Assert.Equal([children[^1].Name, children[0].Name], json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()));
        }

        // "Down" on the first row: one step, with the moved page's key and its new position.
        page = await PortalFactory.ParseAsync(await editor.GetAsync(path));
        var firstForm = page.QuerySelector($"tr[data-key='{children[^1].Key}'] form")!;
        var down = firstForm.QuerySelector("button[name='to']")!;
        Assert.Equal("2", down.GetAttribute("value"));
        var stepped = await HtmlForms.PostAsync(editor, firstForm, new Dictionary<string, string> { ["to"] = "2" });
        Assert.Equal(HttpStatusCode.Redirect, stepped.StatusCode);
        Assert.Equal([children[0].Key, children[^1].Key], Cache.GetChildren(parent.Key).Take(2).Select(c => c.Key));

        // A position beyond the level is refused on the field, with the error summary.
        page = await PortalFactory.ParseAsync(await editor.GetAsync(path));
        var before = Cache.GetChildren(parent.Key).Select(c => c.Key).ToList();
        var refused = await HtmlForms.PostAsync(editor, page.QuerySelector($"tr[data-key='{children[5].Key}'] form")!, new Dictionary<string, string> { ["position"] = "1151" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var error = await PortalFactory.ParseAsync(refused);
        Assert.NotNull(error.QuerySelector($".govuk-error-summary a[href='#position-{children[5].Key:N}']"));
        Assert.Equal(before, Cache.GetChildren(parent.Key).Select(c => c.Key));

        Assert.Contains(await AuditAsync(Core.Audit.AuditActions.Sort, parent.Key), e => e.Detail == $"moved '{children[^1].Name}' to position 1 of 1150 children");
    }

    [Fact]
    public async Task Top_level_pages_are_sorted_from_the_content_section_and_writers_may_not()
    {
        var board = Cache.GetByRoute("/about/management-board")!;
        var roots = new List<ContentNode>();
        foreach (var name in new[] { $"Root X {Guid.NewGuid():N}", $"Root Y {Guid.NewGuid():N}" })
        {
            var created = await Content.CreateAsync(new NewContent(name, board.ContentType.Alias, null, board.Properties), enforceStructure: false);
            Assert.True(created.Succeeded, created.Message);
            roots.Add(created.Node!);
        }

        var editor = await Factory.SignInAsync(BackOfficeRoles.Editor);
        var section = await PortalFactory.ParseAsync(await editor.GetAsync("/umbraco/content"));
        Assert.NotNull(section.QuerySelector("a[href='/umbraco/content/sort']"));
        var before = (await Repository.GetChildrenAsync(null)).Where(n => !n.Trashed).Select(n => n.Key).ToList();
        Assert.Equal([roots[0].Key, roots[1].Key], before.TakeLast(2));

        var page = await PortalFactory.ParseAsync(await editor.GetAsync("/umbraco/content/sort"));
        Assert.Equal("Sort the top-level pages", page.QuerySelector("h1")!.TextContent.Trim());
        var fields = HtmlForms.Fields(page.QuerySelector("form[action='/umbraco/content/sort']")!);
        fields["up"] = roots[1].Key.ToString();
        using (var body = new FormUrlEncodedContent(fields))
        {
            var moved = await editor.PostAsync("/umbraco/content/sort", body);
            Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
            Assert.Equal("/umbraco/content/sort", moved.Headers.Location!.OriginalString);
        }

        var after = (await Repository.GetChildrenAsync(null)).Where(n => !n.Trashed).Select(n => n.Key).ToList();
        Assert.Equal([roots[1].Key, roots[0].Key], after.TakeLast(2));
        Assert.Equal(before.SkipLast(2), after.SkipLast(2));
        Assert.Contains((await Factory.Services.GetRequiredService<AuditLog>().QueryAsync(new AuditQuery(Action: Core.Audit.AuditActions.Sort))).Entries,
            e => e.Detail!.StartsWith("top-level pages in order", StringComparison.Ordinal));

        var writer = await Factory.SignInAsync(BackOfficeRoles.Writer);
        var refused = await writer.GetAsync("/umbraco/content/sort");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/umbraco/denied", refused.Headers.Location!.PathAndQueryOf(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_position_that_is_not_a_number_is_400_with_an_error_summary()
    {
        var parent = await NewPageAsync($"Bad sort {Guid.NewGuid():N}");
        var a = await NewPageAsync("Alpha", parent.Key);
        await NewPageAsync("Bravo", parent.Key);
        var editor = await Factory.SignInAsync(BackOfficeRoles.Editor);
        var path = $"/umbraco/content/{parent.Key}/sort";

        var response = await BackOfficeBrowser.PostFormAsync(editor, path, path, new Dictionary<string, string> { [$"position-{a.Key:N}"] = "first" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await PortalFactory.ParseAsync(response);
        Assert.NotNull(page.QuerySelector($".govuk-error-summary a[href='#position-{a.Key:N}']"));
        Assert.Equal(["Alpha", "Bravo"], Cache.GetChildren(parent.Key).Select(p => p.Name));
    }
}
