using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Web.Tests.Infrastructure;
using static VirtualSchool.Portal.Web.Tests.Forms.Public.FormTestSite;

namespace VirtualSchool.Portal.Web.Tests.Forms.Public;

/// <summary>The form picker in the Delivery API, and choices taken from the site's pages (Umbraco's document prevalue source).</summary>
[Trait("Category", "Integration")]
public sealed class FormPickerTests(FormsFactory factory) : IClassFixture<FormsFactory>
{
    [Fact]
    public async Task The_delivery_api_writes_the_picked_form_as_umbraco_forms_does()
    {
        var form = await SaveFormAsync(factory, "Contact", AdviceForm.Design);
        var page = await PlaceAsync(factory, form.Key);

        using var json = JsonDocument.Parse(await factory.CreateClient().GetStringAsync($"/umbraco/delivery/api/v2/content/item/{page.Key:D}"));

        var picked = json.RootElement.GetProperty("properties").GetProperty("form");
        Assert.Equal(form.Key.ToString("D"), picked.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, picked.GetProperty("form").ValueKind);
    }

    [Fact]
    public async Task Choices_from_a_document_type_are_the_published_pages_under_the_root_and_nothing_else_is_accepted()
    {
        var school = Field("school", FieldTypeIds.Dropdown, "Which school?", mandatory: true);
        var form = await SaveFormAsync(factory, "Schools", f =>
        {
            f.Pages.Add(new FormPage { Caption = "School", Fieldsets = [new FormFieldset { Fields = [school] }] });
            f.Settings.CheckAnswers = false;
        });
        var host = await PlaceAsync(factory, form.Key);
        var content = factory.Services.GetRequiredService<ContentService>();
        var child = (await content.CreateAsync(new NewContent("Oak Primary", "contentPage", host.Key, new Dictionary<string, string?> { ["heading"] = "Oak Primary" }))).Node!;
        Assert.True((await content.PublishAsync(child.Key)).Succeeded);
        var store = factory.Services.GetRequiredService<VirtualSchool.Portal.Infrastructure.Forms.FormStore>();
        var edit = (await store.GetForEditAsync(form.Key))!;
        edit.FindField("school")!.PreValueSource = new PreValueSource { Kind = PreValueSourceKind.DocumentType, DocumentTypeAlias = "contentPage", RootKey = host.Key };
        await store.SaveAsync(edit, "tests");

        var client = factory.CreateBrowserlikeClient();
        var page = await PortalFactory.ParseAsync(await client.GetAsync(host.Route));
        var options = page.QuerySelectorAll("#field-school option").Select(o => (o.GetAttribute("value"), o.TextContent.Trim())).ToList();
        Assert.Equal([("", "Choose one"), (child.Key.ToString("D"), "Oak Primary")], options);

        var forged = await PostAsync(factory, client, page.QuerySelector("form.app-form")!, new Dictionary<string, string> { ["school"] = host.Key.ToString("D") });
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        var chosen = await PostAsync(factory, client, page.QuerySelector("form.app-form")!, new Dictionary<string, string> { ["school"] = child.Key.ToString("D") });
        Assert.Equal(HttpStatusCode.SeeOther, chosen.StatusCode);
        Assert.Equal([child.Key.ToString("D")], Assert.Single(await EntriesAsync(factory, form.Key)).ValuesOf(school.Key));
    }
}
