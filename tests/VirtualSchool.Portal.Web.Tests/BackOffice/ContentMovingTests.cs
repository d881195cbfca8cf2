using System.Net;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.BackOffice;

/// <summary>Moving and copying pages, and the redirects moves leave, driven through the back-office pages.</summary>
[Trait("Category", "Integration")]
[Collection(ContentToolsCollection.Name)]
public sealed class ContentMovingTests(BackOfficeFactory factory) : ContentToolsTests(factory)
{
    [Fact]
    public async Task Redirects_list_old_paths_to_current_routes_and_a_publisher_removes_one()
    {
        var page = await NewPageAsync($"Redirected {Guid.NewGuid():N}");
        var oldRoute = Cache.GetByKey(page.Key)!.Route!;
        var versions = await Repository.GetVersionsAsync(page.Key);
        await Content.SaveAsync(page.Key, $"Renamed {Guid.NewGuid():N}", versions[0].Properties);
        await Content.PublishAsync(page.Key);
        var newRoute = Cache.GetByKey(page.Key)!.Route!;
        var reader = Factory.CreateBrowserlikeClient();
        Assert.Equal(HttpStatusCode.MovedPermanently, (await reader.GetAsync(oldRoute)).StatusCode);
        var writer = await Factory.SignInAsync(BackOfficeRoles.Writer);
        var editor = await Factory.SignInAsync(BackOfficeRoles.Editor);

        var list = await PortalFactory.ParseAsync(await writer.GetAsync("/umbraco/redirects"));
        var row = list.QuerySelector($"tr[data-old-path='{oldRoute}']")!;
        Assert.Contains(newRoute, row.TextContent, StringComparison.Ordinal);
        Assert.Null(row.QuerySelector("form"));

        var editorsList = await PortalFactory.ParseAsync(await editor.GetAsync("/umbraco/redirects"));
        var action = editorsList.QuerySelector($"tr[data-old-path='{oldRoute}'] form")!.GetAttribute("action")!;
        Assert.StartsWith("/umbraco/denied", (await PostAsync(writer, action)).Headers.Location!.PathAndQueryOf(), StringComparison.Ordinal);
        var removed = await BackOfficeBrowser.PostFormAsync(editor, "/umbraco/redirects", action);

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(oldRoute)).StatusCode);
        Assert.Single(await AuditAsync(Core.Audit.AuditActions.RedirectDelete, page.Key));
    }

    [Fact]
    public async Task Moving_a_page_through_the_form_leaves_a_301_from_its_old_path()
    {
        var page = await NewPageAsync($"Move me {Guid.NewGuid():N}");
        var oldRoute = Cache.GetByKey(page.Key)!.Route!;
        var editor = await Factory.SignInAsync(BackOfficeRoles.Editor);
        var path = $"/umbraco/content/{page.Key}/move";
        var target = await FindDestinationAsync(editor, path, page.Key);
        var response = await BackOfficeBrowser.PostFormAsync(editor, path, path, new Dictionary<string, string> { ["parent"] = target });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var newRoute = Cache.GetByKey(page.Key)!.Route!;
        Assert.NotEqual(oldRoute, newRoute);
        var old = await Factory.CreateBrowserlikeClient().GetAsync(oldRoute);
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal(newRoute, old.Headers.Location!.OriginalString);
        Assert.Single(await AuditAsync(Core.Audit.AuditActions.Move, page.Key));
    }

    [Fact]
    public async Task Moving_below_itself_or_to_an_unknown_parent_is_400_and_writers_may_not_move()
    {
        var page = await NewPageAsync($"Stay {Guid.NewGuid():N}");
        var child = await NewPageAsync("Child", page.Key);
        var editor = await Factory.SignInAsync(BackOfficeRoles.Editor);
        var writer = await Factory.SignInAsync(BackOfficeRoles.Writer);
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

        Assert.StartsWith("/umbraco/denied", (await writer.GetAsync(path)).Headers.Location!.PathAndQueryOf(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/umbraco/content/{Guid.NewGuid()}/move")).StatusCode);
        Assert.Equal(page.ParentKey, (await Repository.GetNodeAsync(page.Key))!.ParentKey);
    }

    [Fact]
    public async Task A_writer_copies_a_page_with_its_descendants_as_unpublished_drafts()
    {
        var page = await NewPageAsync($"Copy me {Guid.NewGuid():N}");
        await NewPageAsync("Copied child", page.Key);
        var writer = await Factory.SignInAsync(BackOfficeRoles.Writer);
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
        var editor = await Factory.SignInAsync(BackOfficeRoles.Editor);
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
}
