using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Infrastructure.Content;
using VirtualSchool.Portal.Infrastructure.Persistence;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.BackOffice;

/// <summary>History, rollback, the recycle bin, sorting and redirects, driven through the back-office pages.</summary>
public sealed class ContentToolsTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    private ContentService Content => factory.Services.GetRequiredService<ContentService>();

    private IContentRepository Repository => factory.Services.GetRequiredService<IContentRepository>();

    private IPublishedContentCache Cache => factory.Services.GetRequiredService<IPublishedContentCache>();

    /// <summary>A published page of its own below /about, so that tests do not share content.</summary>
    private async Task<ContentNode> NewPageAsync(string name, Guid? parentKey = null)
    {
        var board = Cache.GetByRoute("/about/management-board")!;
        // Structure rules are the content editor's concern; these tests need children below any page.
        var created = await Content.CreateAsync(new NewContent(name, board.ContentType.Alias, parentKey ?? board.ParentKey, board.Properties), enforceStructure: false);
        Assert.True(created.Succeeded, created.Message);
        var published = await Content.PublishAsync(created.Node!.Key);
        Assert.True(published.Succeeded, published.Status.ToString());
        return published.Node!;
    }

    private async Task<IReadOnlyList<Core.Audit.AuditEntry>> AuditAsync(string action, Guid key) =>
        (await factory.Services.GetRequiredService<AuditLog>().QueryAsync(new AuditQuery(Action: action, Item: key.ToString()))).Entries;

    [Fact]
    public async Task History_lists_versions_and_compare_shows_changed_values_escaped()
    {
        var page = await NewPageAsync($"History {Guid.NewGuid():N}");
        var first = (await Repository.GetVersionsAsync(page.Key))[0];
        var values = new Dictionary<string, string?>(first.Properties) { ["metaTitle"] = "<script>alert(1)</script>" };
        await Content.SaveAsync(page.Key, page.Name, values, "editor@virtualschool.test");
        var second = (await Repository.GetVersionsAsync(page.Key))[0];
        var client = await factory.SignInAsync(BackOfficeRoles.Writer);

        var history = await PortalFactory.ParseAsync(await client.GetAsync($"/umbraco/content/{page.Key}/history"));
        var compare = await client.GetAsync($"/umbraco/content/{page.Key}/history/compare?from={first.Id}&to={second.Id}");

        Assert.Equal(["2", "1"], history.QuerySelectorAll(".app-versions tbody tr").Select(r => r.GetAttribute("data-version")));
        Assert.Contains("editor@virtualschool.test", history.QuerySelector(".app-versions")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, compare.StatusCode);
        var html = await compare.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        var table = await PortalFactory.ParseAsync(compare);
        var changed = table.QuerySelectorAll(".app-compare__changed").Select(r => r.GetAttribute("data-alias")).ToList();
        Assert.Equal(["metaTitle"], changed);
        Assert.Equal("<script>alert(1)</script>", table.QuerySelector(".app-compare__changed .app-compare__new")!.TextContent);
    }

    [Fact]
    public async Task Unknown_pages_and_versions_are_404()
    {
        var page = await NewPageAsync($"Missing {Guid.NewGuid():N}");
        var client = await factory.SignInAdministratorAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/umbraco/content/{Guid.NewGuid()}/history")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/umbraco/content/{page.Key}/history/compare?from=1&to=999999")).StatusCode);
    }

    [Fact]
    public async Task A_writer_rolls_back_to_a_draft_but_may_not_publish_it()
    {
        var page = await NewPageAsync($"Rollback {Guid.NewGuid():N}");
        var first = (await Repository.GetVersionsAsync(page.Key))[0];
        await Content.SaveAsync(page.Key, "Renamed draft", first.Properties);
        var client = await factory.SignInAsync(BackOfficeRoles.Writer);
        var historyPath = $"/umbraco/content/{page.Key}/history";
        var action = $"{historyPath}/{first.Id}/rollback";

        var refused = await BackOfficeBrowser.PostFormAsync(client, historyPath, action, new Dictionary<string, string> { ["publish"] = "true" });
        var saved = await BackOfficeBrowser.PostFormAsync(client, historyPath, action);

        Assert.StartsWith("/umbraco/denied", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var versions = await Repository.GetVersionsAsync(page.Key);
        Assert.Equal(3, versions[0].VersionNumber);
        Assert.Equal(page.Name, versions[0].Name);
        Assert.Equal(page.PublishedVersionId, (await Repository.GetNodeAsync(page.Key))!.PublishedVersionId);
        Assert.Single(await AuditAsync(Core.Audit.AuditActions.Rollback, page.Key));
    }

    [Fact]
    public async Task An_editor_rolls_back_and_publishes_so_readers_see_the_old_name()
    {
        var page = await NewPageAsync($"Publish rollback {Guid.NewGuid():N}");
        var first = (await Repository.GetVersionsAsync(page.Key))[0];
        await Content.SaveAsync(page.Key, $"{page.Name} changed", first.Properties);
        await Content.PublishAsync(page.Key);
        var client = await factory.SignInAsync(BackOfficeRoles.Editor);
        var historyPath = $"/umbraco/content/{page.Key}/history";

        var response = await BackOfficeBrowser.PostFormAsync(client, historyPath, $"{historyPath}/{first.Id}/rollback", new Dictionary<string, string> { ["publish"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(page.Name, Cache.GetByKey(page.Key)!.Name);
    }

    [Fact]
    public async Task Rolling_back_without_the_antiforgery_token_is_400()
    {
        var page = await NewPageAsync($"Forgery {Guid.NewGuid():N}");
        var first = (await Repository.GetVersionsAsync(page.Key))[0];
        var client = await factory.SignInAsync(BackOfficeRoles.Editor);

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>());
        var response = await client.PostAsync($"/umbraco/content/{page.Key}/history/{first.Id}/rollback", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Single(await Repository.GetVersionsAsync(page.Key));
    }

    [Fact]
    public async Task Trashing_takes_a_page_off_the_site_and_restoring_brings_it_back_unpublished()
    {
        var page = await NewPageAsync($"Trash {Guid.NewGuid():N}");
        var route = Cache.GetByKey(page.Key)!.Route!;
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);
        var reader = factory.CreateBrowserlikeClient();

        var response = await PostAsync(editor, $"/umbraco/content/{page.Key}/trash");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(route)).StatusCode);
        var bin = await PortalFactory.ParseAsync(await editor.GetAsync("/umbraco/content/recycle-bin"));
        Assert.NotNull(bin.QuerySelector($"tr[data-key='{page.Key}']"));
        Assert.Single(await AuditAsync(Core.Audit.AuditActions.Trash, page.Key));

        var restored = await BackOfficeBrowser.PostFormAsync(editor, "/umbraco/content/recycle-bin", $"/umbraco/content/recycle-bin/{page.Key}/restore");

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        var node = (await Repository.GetNodeAsync(page.Key))!;
        Assert.False(node.Trashed);
        Assert.Equal(page.ParentKey, node.ParentKey);
        Assert.False(node.IsPublished);
        Assert.Single(await AuditAsync(Core.Audit.AuditActions.Restore, page.Key));
    }

    [Fact]
    public async Task Writers_may_not_trash_and_only_administrators_empty_the_bin()
    {
        var page = await NewPageAsync($"Bin rights {Guid.NewGuid():N}");
        var writer = await factory.SignInAsync(BackOfficeRoles.Writer);
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);

        var refused = await PostAsync(writer, $"/umbraco/content/{page.Key}/trash");
        Assert.StartsWith("/umbraco/denied", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.False((await Repository.GetNodeAsync(page.Key))!.Trashed);

        await PostAsync(editor, $"/umbraco/content/{page.Key}/trash");
        var editorsBin = await PortalFactory.ParseAsync(await editor.GetAsync("/umbraco/content/recycle-bin"));
        Assert.Null(editorsBin.QuerySelector("form[action='/umbraco/content/recycle-bin/empty']"));
        var editorEmpties = await PostAsync(editor, "/umbraco/content/recycle-bin/empty");
        Assert.StartsWith("/umbraco/denied", editorEmpties.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        var admin = await factory.SignInAdministratorAsync();
        var emptied = await BackOfficeBrowser.PostFormAsync(admin, "/umbraco/content/recycle-bin", "/umbraco/content/recycle-bin/empty");

        Assert.Equal(HttpStatusCode.Redirect, emptied.StatusCode);
        Assert.Null(await Repository.GetNodeAsync(page.Key));
        Assert.Empty(await Repository.GetVersionsAsync(page.Key));
    }

    [Fact]
    public async Task Trashing_an_unknown_page_is_404()
    {
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);

        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(editor, $"/umbraco/content/{Guid.NewGuid()}/trash")).StatusCode);
    }

    [Fact]
    public async Task Sorting_children_by_position_and_by_a_step_changes_the_published_order()
    {
        var parent = await NewPageAsync($"Sort parent {Guid.NewGuid():N}");
        var a = await NewPageAsync("Alpha", parent.Key);
        var b = await NewPageAsync("Bravo", parent.Key);
        var c = await NewPageAsync("Charlie", parent.Key);
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);
        var path = $"/umbraco/content/{parent.Key}/sort";

        var byPosition = await BackOfficeBrowser.PostFormAsync(editor, path, path, new Dictionary<string, string> { [$"position-{c.Key:N}"] = "1", [$"position-{a.Key:N}"] = "3" });

        Assert.Equal(HttpStatusCode.Redirect, byPosition.StatusCode);
        Assert.Equal(["Charlie", "Bravo", "Alpha"], Cache.GetChildren(parent.Key).Select(p => p.Name));

        var page = await PortalFactory.ParseAsync(await editor.GetAsync(path));
        var form = page.QuerySelector($"form[action='{path}']")!;
        var fields = Forms.Fields(form);
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
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
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
        await factory.Services.GetRequiredService<PublishedContentLoader>().RefreshChildrenAsync(parent.Key);
        return nodes;
    }

    [Fact]
    public async Task A_level_of_over_a_thousand_pages_is_sorted_a_page_at_a_time_and_the_public_order_follows()
    {
        var parent = await NewPageAsync($"Archive {Guid.NewGuid():N}");
        var children = await NewChildrenAsync(parent, 1150);
        Assert.Equal(1150, Cache.GetChildren(parent.Key).Count);
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);
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
        Assert.Equal(["__RequestVerificationToken", "item", "page", "position"], Forms.Fields(lastForm).Keys.Order(StringComparer.Ordinal));
        var moved = await Forms.PostAsync(editor, lastForm, new Dictionary<string, string> { ["position"] = "1" });

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal($"{path}#row-{children[^1].Key:N}", moved.Headers.Location!.OriginalString);
        Assert.Equal(children[^1].Key, Cache.GetChildren(parent.Key)[0].Key);
        Assert.Equal(children[0].Key, Cache.GetChildren(parent.Key)[1].Key);
        var stored = (await Repository.GetChildrenAsync(parent.Key)).OrderBy(c => c.SortOrder).ToList();
        Assert.Equal(Enumerable.Range(0, 1150), stored.Select(c => c.SortOrder));
        Assert.Equal([children[^1].Key, .. children.SkipLast(1).Select(c => c.Key)], stored.Select(c => c.Key));

        // A headless reader sees the new order at once.
        var delivery = factory.CreateClient();
        using (var json = JsonDocument.Parse(await delivery.GetStringAsync($"/umbraco/delivery/api/v2/content?fetch=children:{parent.Key}&take=2")))
        {
            Assert.Equal([children[^1].Name, children[0].Name], json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()));
        }

        // "Down" on the first row: one step, with the moved page's key and its new position.
        page = await PortalFactory.ParseAsync(await editor.GetAsync(path));
        var firstForm = page.QuerySelector($"tr[data-key='{children[^1].Key}'] form")!;
        var down = firstForm.QuerySelector("button[name='to']")!;
        Assert.Equal("2", down.GetAttribute("value"));
        var stepped = await Forms.PostAsync(editor, firstForm, new Dictionary<string, string> { ["to"] = "2" });
        Assert.Equal(HttpStatusCode.Redirect, stepped.StatusCode);
        Assert.Equal([children[0].Key, children[^1].Key], Cache.GetChildren(parent.Key).Take(2).Select(c => c.Key));

        // A position beyond the level is refused on the field, with the error summary.
        page = await PortalFactory.ParseAsync(await editor.GetAsync(path));
        var before = Cache.GetChildren(parent.Key).Select(c => c.Key).ToList();
        var refused = await Forms.PostAsync(editor, page.QuerySelector($"tr[data-key='{children[5].Key}'] form")!, new Dictionary<string, string> { ["position"] = "1151" });
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

        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);
        var section = await PortalFactory.ParseAsync(await editor.GetAsync("/umbraco/content"));
        Assert.NotNull(section.QuerySelector("a[href='/umbraco/content/sort']"));
        var before = (await Repository.GetChildrenAsync(null)).Where(n => !n.Trashed).Select(n => n.Key).ToList();
        Assert.Equal([roots[0].Key, roots[1].Key], before.TakeLast(2));

        var page = await PortalFactory.ParseAsync(await editor.GetAsync("/umbraco/content/sort"));
        Assert.Equal("Sort the top-level pages", page.QuerySelector("h1")!.TextContent.Trim());
        var fields = Forms.Fields(page.QuerySelector("form[action='/umbraco/content/sort']")!);
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
        Assert.Contains((await factory.Services.GetRequiredService<AuditLog>().QueryAsync(new AuditQuery(Action: Core.Audit.AuditActions.Sort))).Entries,
            e => e.Detail!.StartsWith("top-level pages in order", StringComparison.Ordinal));

        var writer = await factory.SignInAsync(BackOfficeRoles.Writer);
        var refused = await writer.GetAsync("/umbraco/content/sort");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/umbraco/denied", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_position_that_is_not_a_number_is_400_with_an_error_summary()
    {
        var parent = await NewPageAsync($"Bad sort {Guid.NewGuid():N}");
        var a = await NewPageAsync("Alpha", parent.Key);
        await NewPageAsync("Bravo", parent.Key);
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);
        var path = $"/umbraco/content/{parent.Key}/sort";

        var response = await BackOfficeBrowser.PostFormAsync(editor, path, path, new Dictionary<string, string> { [$"position-{a.Key:N}"] = "first" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await PortalFactory.ParseAsync(response);
        Assert.NotNull(page.QuerySelector($".govuk-error-summary a[href='#position-{a.Key:N}']"));
        Assert.Equal(["Alpha", "Bravo"], Cache.GetChildren(parent.Key).Select(p => p.Name));
    }

    [Fact]
    public async Task Redirects_list_old_paths_to_current_routes_and_a_publisher_removes_one()
    {
        var page = await NewPageAsync($"Redirected {Guid.NewGuid():N}");
        var oldRoute = Cache.GetByKey(page.Key)!.Route!;
        var versions = await Repository.GetVersionsAsync(page.Key);
        await Content.SaveAsync(page.Key, $"Renamed {Guid.NewGuid():N}", versions[0].Properties);
        await Content.PublishAsync(page.Key);
        var newRoute = Cache.GetByKey(page.Key)!.Route!;
        var reader = factory.CreateBrowserlikeClient();
        Assert.Equal(HttpStatusCode.MovedPermanently, (await reader.GetAsync(oldRoute)).StatusCode);
        var writer = await factory.SignInAsync(BackOfficeRoles.Writer);
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);

        var list = await PortalFactory.ParseAsync(await writer.GetAsync("/umbraco/redirects"));
        var row = list.QuerySelector($"tr[data-old-path='{oldRoute}']")!;
        Assert.Contains(newRoute, row.TextContent, StringComparison.Ordinal);
        Assert.Null(row.QuerySelector("form"));

        var editorsList = await PortalFactory.ParseAsync(await editor.GetAsync("/umbraco/redirects"));
        var action = editorsList.QuerySelector($"tr[data-old-path='{oldRoute}'] form")!.GetAttribute("action")!;
        Assert.StartsWith("/umbraco/denied", (await PostAsync(writer, action)).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var removed = await BackOfficeBrowser.PostFormAsync(editor, "/umbraco/redirects", action);

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(oldRoute)).StatusCode);
        Assert.Single(await AuditAsync(Core.Audit.AuditActions.RedirectDelete, page.Key));
    }

    private static Dictionary<string, string> When(string prefix, DateTime ukTime) => new()
    {
        [$"{prefix}-day"] = ukTime.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{prefix}-month"] = ukTime.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{prefix}-year"] = ukTime.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{prefix}-time"] = ukTime.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task An_editor_schedules_in_uk_time_sees_the_entry_and_cancels_it()
    {
        var page = await NewPageAsync($"Schedule {Guid.NewGuid():N}");
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);
        var path = $"/umbraco/content/{page.Key}/schedule";
        var summer = new DateTime(DateTime.UtcNow.Year + 1, 7, 1, 9, 30, 0, DateTimeKind.Unspecified);

        var response = await BackOfficeBrowser.PostFormAsync(editor, path, path, When("unpublish", summer));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var scheduler = factory.Services.GetRequiredService<ContentScheduler>();
        var entry = Assert.Single(await scheduler.ListAsync(page.Key));
        Assert.Equal(Core.Content.ScheduleActions.Unpublish, entry.Action);
        Assert.Equal(new DateTime(summer.Year, 7, 1, 8, 30, 0), entry.RunAt);
        var listed = await PortalFactory.ParseAsync(await editor.GetAsync(path));
        Assert.Contains("1 Jul " + summer.Year + " 09:30", listed.QuerySelector(".app-schedule")!.TextContent, StringComparison.Ordinal);
        Assert.Single(await AuditAsync(Core.Audit.AuditActions.Schedule, page.Key));

        var cancelled = await BackOfficeBrowser.PostFormAsync(editor, path, $"{path}/{entry.Id}/cancel");

        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Empty(await scheduler.ListAsync(page.Key));
    }

    [Fact]
    public async Task Past_backwards_and_malformed_dates_are_400_with_an_error_summary()
    {
        var page = await NewPageAsync($"Bad schedule {Guid.NewGuid():N}");
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);
        var path = $"/umbraco/content/{page.Key}/schedule";
        var next = DateTime.UtcNow.Year + 1;
        var backwards = When("publish", new DateTime(next, 3, 2, 10, 0, 0));
        foreach (var (key, value) in When("unpublish", new DateTime(next, 3, 1, 10, 0, 0)))
        {
            backwards[key] = value;
        }

        foreach (var (fields, field) in new[]
        {
            (When("publish", new DateTime(2020, 1, 1, 9, 0, 0)), "publish-day"),
            (backwards, "unpublish-day"),
            (new Dictionary<string, string> { ["publish-day"] = "31", ["publish-month"] = "2", ["publish-year"] = $"{next}", ["publish-time"] = "9:00" }, "publish-day"),
            (new Dictionary<string, string> { ["publish-day"] = "1", ["publish-month"] = "2", ["publish-year"] = $"{next}", ["publish-time"] = "noon" }, "publish-day"),
        })
        {
            var response = await BackOfficeBrowser.PostFormAsync(editor, path, path, fields);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var html = await PortalFactory.ParseAsync(response);
            Assert.NotNull(html.QuerySelector($".govuk-error-summary a[href='#{field}']"));
        }

        Assert.Empty(await factory.Services.GetRequiredService<ContentScheduler>().ListAsync(page.Key));
    }

    [Fact]
    public async Task Writers_may_not_schedule()
    {
        var page = await NewPageAsync($"Writer schedule {Guid.NewGuid():N}");
        var writer = await factory.SignInAsync(BackOfficeRoles.Writer);

        var page1 = await writer.GetAsync($"/umbraco/content/{page.Key}/schedule");
        var post = await PostAsync(writer, $"/umbraco/content/{page.Key}/schedule");

        Assert.StartsWith("/umbraco/denied", page1.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.StartsWith("/umbraco/denied", post.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Moving_a_page_through_the_form_leaves_a_301_from_its_old_path()
    {
        var page = await NewPageAsync($"Move me {Guid.NewGuid():N}");
        var oldRoute = Cache.GetByKey(page.Key)!.Route!;
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);
        var path = $"/umbraco/content/{page.Key}/move";
        var target = await FindDestinationAsync(editor, path, page.Key);
        var response = await BackOfficeBrowser.PostFormAsync(editor, path, path, new Dictionary<string, string> { ["parent"] = target });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var newRoute = Cache.GetByKey(page.Key)!.Route!;
        Assert.NotEqual(oldRoute, newRoute);
        var old = await factory.CreateBrowserlikeClient().GetAsync(oldRoute);
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal(newRoute, old.Headers.Location!.OriginalString);
        Assert.Single(await AuditAsync(Core.Audit.AuditActions.Move, page.Key));
    }

    [Fact]
    public async Task Moving_below_itself_or_to_an_unknown_parent_is_400_and_writers_may_not_move()
    {
        var page = await NewPageAsync($"Stay {Guid.NewGuid():N}");
        var child = await NewPageAsync("Child", page.Key);
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);
        var writer = await factory.SignInAsync(BackOfficeRoles.Writer);
        var path = $"/umbraco/content/{page.Key}/move";
        var inside = await PortalFactory.ParseAsync(await editor.GetAsync($"{path}?in={page.Key}"));
        Assert.Empty(inside.QuerySelectorAll("input[name='parent']"));
        Assert.Equal(HttpStatusCode.BadRequest, (await editor.GetAsync($"{path}?in=nonsense")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"{path}?in={Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await editor.GetAsync($"{path}?page=x")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"{path}?in={page.Key}&page=99")).StatusCode);

        foreach (var parent in new[] { child.Key.ToString(), Guid.NewGuid().ToString(), "nonsense" })
        {
            var response = await BackOfficeBrowser.PostFormAsync(editor, path, path, new Dictionary<string, string> { ["parent"] = parent });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.NotNull((await PortalFactory.ParseAsync(response)).QuerySelector(".govuk-error-summary a[href='#parent']"));
        }

        Assert.StartsWith("/umbraco/denied", (await writer.GetAsync(path)).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/umbraco/content/{Guid.NewGuid()}/move")).StatusCode);
        Assert.Equal(page.ParentKey, (await Repository.GetNodeAsync(page.Key))!.ParentKey);
    }

    [Fact]
    public async Task A_writer_copies_a_page_with_its_descendants_as_unpublished_drafts()
    {
        var page = await NewPageAsync($"Copy me {Guid.NewGuid():N}");
        await NewPageAsync("Copied child", page.Key);
        var writer = await factory.SignInAsync(BackOfficeRoles.Writer);
        var path = $"/umbraco/content/{page.Key}/copy";
        var level = await PortalFactory.ParseAsync(await writer.GetAsync($"{path}?in={Cache.GetByKey(page.ParentKey!.Value)!.ParentKey}"));
        Assert.NotNull(level.QuerySelector($"input[name='parent'][value='{page.ParentKey}']"));

        var response = await BackOfficeBrowser.PostFormAsync(writer, path, path,
            new Dictionary<string, string> { ["parent"] = page.ParentKey!.Value.ToString(), ["includeDescendants"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var copyKey = Guid.Parse(response.Headers.Location!.OriginalString["/umbraco/content/".Length..]);
        var copy = (await Repository.GetNodeAsync(copyKey))!;
        Assert.Equal($"{page.Name} (copy)", copy.Name);
        Assert.False(copy.IsPublished);
        Assert.Equal(["Copied child"], (await Repository.GetChildrenAsync(copyKey)).Select(c => c.Name));
        Assert.Single(await AuditAsync(Core.Audit.AuditActions.Copy, copyKey));
    }

    [Fact]
    public async Task A_level_of_120_pages_is_browsed_50_at_a_time_and_the_own_branch_offers_no_radio()
    {
        var types = (await Repository.GetContentTypesAsync()).Where(t => t.Kind == ContentTypeKind.Document && !t.IsElement).ToList();
        var (holder, movable) = types
            .SelectMany(t => t.AllowedChildren.Select(a => (Holder: t, Movable: types.FirstOrDefault(c => string.Equals(c.Alias, a, StringComparison.OrdinalIgnoreCase)))))
            .First(p => p.Movable is not null);
        var level = await NewPageAsync($"Wide level {Guid.NewGuid():N}");
        var children = new List<Guid>();
        for (var i = 0; i < 120; i++)
        {
            var created = await Content.CreateAsync(new NewContent($"Holder {i:D3}", holder.Alias, level.Key, new Dictionary<string, string?>()), enforceStructure: false);
            Assert.True(created.Succeeded, created.Message);
            children.Add(created.Node!.Key);
        }

        var page = await Content.CreateAsync(new NewContent("Movable", movable!.Alias, children[^1], new Dictionary<string, string?>()), enforceStructure: false);
        Assert.True(page.Succeeded, page.Message);
        var below = await Content.CreateAsync(new NewContent("Below movable", holder.Alias, page.Node!.Key, new Dictionary<string, string?>()), enforceStructure: false);
        Assert.True(below.Succeeded, below.Message);
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);
        var path = $"/umbraco/content/{page.Node!.Key}/move";

        var first = await PortalFactory.ParseAsync(await editor.GetAsync($"{path}?in={level.Key}"));
        Assert.Equal(50, first.QuerySelectorAll("input[name='parent']").Length);
        Assert.Contains("(120)", first.QuerySelector(".app-destinations caption")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"{path}?in={level.Key}&page=2", first.QuerySelector(".govuk-pagination a[rel='next']")!.GetAttribute("href"));
        var last = await PortalFactory.ParseAsync(await editor.GetAsync($"{path}?in={level.Key}&page=3"));
        Assert.Equal(20, last.QuerySelectorAll("input[name='parent']").Length);
        Assert.NotNull(last.QuerySelector($"input[name='parent'][value='{children[^1]}'][disabled]"));

        var ownParent = await PortalFactory.ParseAsync(await editor.GetAsync($"{path}?in={children[^1]}"));
        Assert.Empty(ownParent.QuerySelectorAll("input[name='parent']"));
        Assert.Null(ownParent.QuerySelector($"a[href='{path}?in={page.Node!.Key}']"));
        var own = await PortalFactory.ParseAsync(await editor.GetAsync($"{path}?in={page.Node!.Key}"));
        Assert.Empty(own.QuerySelectorAll("input[name='parent']"));
        Assert.Contains("Below movable", own.QuerySelector(".app-destinations")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>Browses the move form level by level from the home page for an enabled radio below a published page.</summary>
    private async Task<string> FindDestinationAsync(HttpClient client, string path, Guid self)
    {
        var queue = new Queue<string>([$"{path}?in={Cache.GetByRoute("/")!.Key}", $"{path}?in="]);
        var seen = new HashSet<string>();
        while (queue.TryDequeue(out var url) && seen.Count < 40)
        {
            if (!seen.Add(url))
            {
                continue;
            }

            var form = await PortalFactory.ParseAsync(await client.GetAsync(url));
            var choices = form.QuerySelectorAll("input[name='parent']").ToList();
            Assert.DoesNotContain(choices, c => c.GetAttribute("value") == self.ToString());
            var target = choices.FirstOrDefault(c => !c.HasAttribute("disabled") && Guid.TryParse(c.GetAttribute("value"), out var k) && Cache.GetByKey(k) is not null);
            if (target is not null)
            {
                return target.GetAttribute("value")!;
            }

            foreach (var link in form.QuerySelectorAll(".app-destinations a.govuk-link, .govuk-pagination a"))
            {
                queue.Enqueue(link.GetAttribute("href")!.Replace("&amp;", "&", StringComparison.Ordinal));
            }
        }

        throw new InvalidOperationException("Nowhere to move the page to");
    }

    /// <summary>Posts with this user's antiforgery token (every back-office page has one, in its sign-out form).</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string action)
    {
        var page = await PortalFactory.ParseAsync(await client.GetAsync("/umbraco"));
        var token = page.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value")
            ?? throw new InvalidOperationException("No antiforgery token");
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        return await client.PostAsync(action, content);
    }
}
