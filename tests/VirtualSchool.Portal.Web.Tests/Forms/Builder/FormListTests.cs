using System.Net;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Infrastructure.Forms;
using VirtualSchool.Portal.Web.BackOffice.Users;
using Microsoft.Extensions.DependencyInjection;

namespace VirtualSchool.Portal.Web.Tests.Forms.Builder;

/// <summary>The forms list: folders, creating, copying, moving and deleting forms, each audited and each checked per role and per form.</summary>
[Trait("Category", "Integration")]
public sealed class FormListTests(FormBuilderFactory factory) : IClassFixture<FormBuilderFactory>
{
    [Fact]
    public async Task An_editor_creates_a_folder_and_a_form_in_it_and_sees_it_listed_under_the_folder()
    {
        var client = await factory.SignInAsync(BackOfficeRoles.Editor);
        var folderName = $"Schools {Guid.NewGuid():N}";
        var made = await FormBuilderFactory.PostAsync(client, "/umbraco/forms", "/umbraco/forms/folders/new", new Dictionary<string, string> { ["name"] = folderName });
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var folder = (await factory.Services.GetRequiredService<FormFolders>().ListAsync()).Single(f => f.Name == folderName);

        var created = await FormBuilderFactory.PostAsync(client, $"/umbraco/forms/new?folder={folder.Key}", "/umbraco/forms/new",
            new Dictionary<string, string> { ["name"] = "Request Pupil Premium Plus", ["folder"] = folder.Key.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var key = Guid.Parse(created.Headers.Location!.OriginalString.Split('/').Last());
        Assert.Equal(folder.Key, (await factory.Store.GetAsync(key))!.FolderKey);
        var list = await FormBuilderFactory.PageAsync(client, "/umbraco/forms");
        var section = list.GetElementById($"folder-{folder.Key}")!.ParentElement!;
        Assert.Contains("Request Pupil Premium Plus", section.TextContent, StringComparison.Ordinal);
        var audit = await factory.Services.GetRequiredService<AuditLog>().QueryAsync(new AuditQuery(Action: AuditActions.FormCreate, Item: key.ToString()));
        Assert.Single(audit.Entries);
    }

    [Fact]
    public async Task A_form_without_a_name_is_refused_with_the_error_summary_and_400()
    {
        var client = await factory.SignInAsync(BackOfficeRoles.Editor);

        var response = await FormBuilderFactory.PostAsync(client, "/umbraco/forms/new", "/umbraco/forms/new", new Dictionary<string, string> { ["name"] = "  " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Enter a name for the form", await FormBuilderFactory.ErrorsAsync(response));
    }

    [Fact]
    public async Task A_folder_holding_a_form_cannot_be_deleted_until_the_form_is_moved_out()
    {
        var client = await factory.SignInAsync(BackOfficeRoles.Editor);
        var folder = await factory.Services.GetRequiredService<FormFolders>().CreateAsync($"Board {Guid.NewGuid():N}", null);
        var form = await factory.Store.CreateAsync("Expression of interest", folder.Key, null);

        await FormBuilderFactory.PostAsync(client, $"/umbraco/forms/folders/{folder.Key}", $"/umbraco/forms/folders/{folder.Key}/delete");
        Assert.NotNull(await factory.Services.GetRequiredService<FormFolders>().GetAsync(folder.Key));

        var moved = await FormBuilderFactory.PostAsync(client, $"/umbraco/forms/{form.Key}/move", $"/umbraco/forms/{form.Key}/move", new Dictionary<string, string> { ["folder"] = "" });
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Null((await factory.Store.GetAsync(form.Key))!.FolderKey);
        await FormBuilderFactory.PostAsync(client, $"/umbraco/forms/folders/{folder.Key}", $"/umbraco/forms/folders/{folder.Key}/delete");
        Assert.Null(await factory.Services.GetRequiredService<FormFolders>().GetAsync(folder.Key));
    }

    [Fact]
    public async Task Copying_makes_a_copy_of_the_form_and_deleting_asks_first_then_removes_it()
    {
        var client = await factory.SignInAsync(BackOfficeRoles.Editor);
        var form = await factory.FormWithAQuestionAsync($"Contact us {Guid.NewGuid():N}");

        var copied = await FormBuilderFactory.PostAsync(client, $"/umbraco/forms/{form.Key}", $"/umbraco/forms/{form.Key}/copy");
        var copyKey = Guid.Parse(copied.Headers.Location!.OriginalString.Split('/').Last());
        var copy = (await factory.Store.GetAsync(copyKey))!;
        Assert.Equal($"Copy of {form.Name}", copy.Name);
        Assert.Equal("yourName", Assert.Single(copy.AllFields).Alias);

        var confirm = await FormBuilderFactory.PageAsync(client, $"/umbraco/forms/{copyKey}/delete");
        Assert.Contains("Are you sure", confirm.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var deleted = await FormBuilderFactory.PostAsync(client, $"/umbraco/forms/{copyKey}/delete", $"/umbraco/forms/{copyKey}/delete");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Null(await factory.Store.GetAsync(copyKey));
        Assert.NotNull(await factory.Store.GetAsync(form.Key));
    }

    [Fact]
    public async Task A_writer_sees_no_form_by_default_cannot_open_one_and_may_not_create_one()
    {
        var form = await factory.FormWithAQuestionAsync($"Editors only {Guid.NewGuid():N}");
        var writer = await factory.SignInAsync(BackOfficeRoles.Writer);

        var list = await FormBuilderFactory.PageAsync(writer, "/umbraco/forms");
        Assert.DoesNotContain(form.Name, list.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await writer.GetAsync($"/umbraco/forms/{form.Key}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await writer.GetAsync($"/umbraco/forms/{form.Key}/settings")).StatusCode);
        var create = await writer.GetAsync("/umbraco/forms/new");
        Assert.Equal(HttpStatusCode.Redirect, create.StatusCode);
        Assert.Contains("/umbraco/denied", create.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_writer_who_may_see_entries_but_not_edit_gets_403_on_the_builder_and_its_posts()
    {
        var form = await factory.FormWithAQuestionAsync($"Entries for writers {Guid.NewGuid():N}");
        form.Permissions.Roles[FormRight.ViewEntries] = [BackOfficeRoles.Editor, BackOfficeRoles.Writer];
        Assert.Equal(FormSaveStatus.Saved, await factory.Store.SaveAsync(form, null));
        var writer = await factory.SignInAsync(BackOfficeRoles.Writer);
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);

        var list = await FormBuilderFactory.PageAsync(writer, "/umbraco/forms");
        Assert.Contains(form.Name, list.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(list.QuerySelector($"a[href='/umbraco/forms/{form.Key}']"));
        Assert.Equal(HttpStatusCode.Forbidden, (await writer.GetAsync($"/umbraco/forms/{form.Key}")).StatusCode);

        // A post with a valid token (taken from the writer's own list page) is still refused for this form.
        var token = list.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var post = await writer.PostAsync($"/umbraco/forms/{form.Key}/pages/new", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["version"] = form.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Single((await factory.Store.GetAsync(form.Key))!.Pages);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync($"/umbraco/forms/{form.Key}")).StatusCode);
    }
}
