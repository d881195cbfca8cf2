using System.Net;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.BackOffice;

/// <summary>The recycle bin: trashing, restoring and emptying, driven through the back-office pages.</summary>
[Trait("Category", "Integration")]
[Collection(ContentToolsCollection.Name)]
public sealed class RecycleBinTests(BackOfficeFactory factory) : ContentToolsTests(factory)
{
    [Fact]
    public async Task Trashing_takes_a_page_off_the_site_and_restoring_brings_it_back_unpublished()
    {
        var page = await NewPageAsync($"Trash {Guid.NewGuid():N}");
        var route = Cache.GetByKey(page.Key)!.Route!;
        var editor = await Factory.SignInAsync(BackOfficeRoles.Editor);
        var reader = Factory.CreateBrowserlikeClient();

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
        var writer = await Factory.SignInAsync(BackOfficeRoles.Writer);
        var editor = await Factory.SignInAsync(BackOfficeRoles.Editor);

        var refused = await PostAsync(writer, $"/umbraco/content/{page.Key}/trash");
        Assert.StartsWith("/umbraco/denied", refused.Headers.Location!.PathAndQueryOf(), StringComparison.Ordinal);
        Assert.False((await Repository.GetNodeAsync(page.Key))!.Trashed);

        await PostAsync(editor, $"/umbraco/content/{page.Key}/trash");
        var editorsBin = await PortalFactory.ParseAsync(await editor.GetAsync("/umbraco/content/recycle-bin"));
        Assert.Null(editorsBin.QuerySelector("form[action='/umbraco/content/recycle-bin/empty']"));
        var editorEmpties = await PostAsync(editor, "/umbraco/content/recycle-bin/empty");
        Assert.StartsWith("/umbraco/denied", editorEmpties.Headers.Location!.PathAndQueryOf(), StringComparison.Ordinal);

        var admin = await Factory.SignInAdministratorAsync();
        var emptied = await BackOfficeBrowser.PostFormAsync(admin, "/umbraco/content/recycle-bin", "/umbraco/content/recycle-bin/empty");

        Assert.Equal(HttpStatusCode.Redirect, emptied.StatusCode);
        Assert.Null(await Repository.GetNodeAsync(page.Key));
        Assert.Empty(await Repository.GetVersionsAsync(page.Key));
    }

    [Fact]
    public async Task Trashing_an_unknown_page_is_404()
    {
        var editor = await Factory.SignInAsync(BackOfficeRoles.Editor);

        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(editor, $"/umbraco/content/{Guid.NewGuid()}/trash")).StatusCode);
    }
}
