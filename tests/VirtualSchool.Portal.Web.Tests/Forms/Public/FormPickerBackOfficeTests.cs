using System.Net;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Web.Tests.BackOffice;
using VirtualSchool.Portal.Web.Tests.Infrastructure;
using static VirtualSchool.Portal.Web.Tests.Forms.Public.FormTestSite;

namespace VirtualSchool.Portal.Web.Tests.Forms.Public;

/// <summary>The form picker on the back office's content form: the forms by name, the key stored, nothing else accepted.</summary>
[Trait("Category", "Integration")]
public sealed class FormPickerBackOfficeTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    [Fact]
    public async Task An_editor_picks_a_form_by_name_and_its_key_is_stored()
    {
        var first = await SaveFormAsync(factory, "Contact the Virtual School", AdviceForm.Design);
        var second = await SaveFormAsync(factory, "Request Pupil Premium Plus", AdviceForm.Design);
        var page = await PlaceAsync(factory, first.Key);
        var client = await factory.SignInAdministratorAsync();

        var edit = await PortalFactory.ParseAsync(await client.GetAsync($"/umbraco/content/{page.Key}"));
        var options = edit.QuerySelectorAll("select#p-form option").ToList();
        Assert.Contains(options, o => o.TextContent == second.Name && o.GetAttribute("value") == second.Key.ToString("D"));
        Assert.Equal(first.Key.ToString("D"), edit.QuerySelector("select#p-form option[selected]")!.GetAttribute("value"));

        var refused = await BackOfficeBrowser.PostFormAsync(client, $"/umbraco/content/{page.Key}", $"/umbraco/content/{page.Key}", new Dictionary<string, string> { ["p-form"] = Guid.NewGuid().ToString("D"), ["intent"] = "save" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        var saved = await BackOfficeBrowser.PostFormAsync(client, $"/umbraco/content/{page.Key}", $"/umbraco/content/{page.Key}", new Dictionary<string, string> { ["p-form"] = second.Key.ToString("D"), ["intent"] = "save" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var repository = factory.Services.GetRequiredService<IContentRepository>();
        var draft = await repository.GetVersionAsync((await repository.GetNodeAsync(page.Key))!.DraftVersionId);
        Assert.Equal(second.Key.ToString("D"), draft!.Properties["form"]);
    }
}
