using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Web.Tests.Infrastructure;
using static VirtualSchool.Portal.Web.Tests.Forms.Public.FormTestSite;

namespace VirtualSchool.Portal.Web.Tests.Forms.Public;

/// <summary>Spam, forged posts and uploads: dropped silently as Umbraco Forms does, refused with a 400, or checked as the media library checks.</summary>
[Trait("Category", "Integration")]
public sealed class FormProtectionTests(FormsFactory factory) : IClassFixture<FormsFactory>
{
    private static void OnePage(FormDefinition form, params FormField[] fields)
    {
        form.Pages.Add(new FormPage { Caption = "Contact us", Fieldsets = [new FormFieldset { Fields = [.. fields] }] });
        form.Settings.CheckAnswers = false;
        form.Workflows = [new FormWorkflow { Key = Guid.NewGuid(), Name = "Email", WorkflowTypeId = WorkflowTypeIds.SendEmail, ExecutesOn = FormEntryState.Submitted }];
    }

    private static void Contact(FormDefinition form) => OnePage(form, Field("message", FieldTypeIds.LongAnswer, "Your message", mandatory: true));

    private async Task<(FormDefinition Form, HttpClient Client, IHtmlDocument Page)> OpenAsync(Action<FormDefinition> design)
    {
        var form = await SaveFormAsync(factory, "Contact", design);
        var page = await PlaceAsync(factory, form.Key);
        var client = factory.CreateBrowserlikeClient();
        return (form, client, await PortalFactory.ParseAsync(await client.GetAsync(page.Route)));
    }

    [Fact]
    public async Task A_one_page_form_without_a_check_page_is_sent_from_the_page_and_confirmed()
    {
        var (form, client, page) = await OpenAsync(Contact);

        var sent = await PostAsync(factory, client, page.QuerySelector("form.app-form")!, new Dictionary<string, string> { ["message"] = "Hello" });

        Assert.Equal(HttpStatusCode.SeeOther, sent.StatusCode);
        Assert.EndsWith("/sent", sent.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var entry = Assert.Single(await EntriesAsync(factory, form.Key));
        Assert.Equal(FormEntryState.Submitted, entry.State);
        Assert.Single(await RunsAsync(factory, form.Key));
    }

    [Fact]
    public async Task The_honeypot_and_a_too_quick_or_forged_stamp_are_thanked_and_nothing_is_stored()
    {
        var (form, client, page) = await OpenAsync(Contact);
        var step = page.QuerySelector("form.app-form")!;

        var honey = await PostAsync(factory, client, step, new Dictionary<string, string> { ["message"] = "Buy now", ["vsp_website"] = "https://spam.example" });
        var quick = await PostAsync(factory, client, step, new Dictionary<string, string> { ["message"] = "Buy now" }, freshStamp: true);
        var forged = await PostAsync(factory, client, step, new Dictionary<string, string> { ["message"] = "Buy now", ["__FormStamp"] = "638000000000000000.AAAA" });

        foreach (var response in new[] { honey, quick, forged })
        {
            Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
            Assert.EndsWith("/sent", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        Assert.Empty(await EntriesAsync(factory, form.Key));
        Assert.Empty(await RunsAsync(factory, form.Key));
    }

    [Fact]
    public async Task A_post_without_the_token_gets_a_400_and_stores_nothing()
    {
        var (form, client, page) = await OpenAsync(Contact);

        var response = await PostAsync(factory, client, page.QuerySelector("form.app-form")!, new Dictionary<string, string> { ["message"] = "Hi", ["__RequestVerificationToken"] = "forged" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await EntriesAsync(factory, form.Key));
    }

    [Fact]
    public async Task The_cached_page_gives_each_reader_their_own_token_and_a_fresh_stamp()
    {
        var form = await SaveFormAsync(factory, "Contact", Contact);
        var route = (await PlaceAsync(factory, form.Key)).Route!;
        var pages = new List<IHtmlDocument>();
        foreach (var reader in new[] { factory.CreateBrowserlikeClient(), factory.CreateBrowserlikeClient(), factory.CreateBrowserlikeClient() })
        {
            pages.Add(await PortalFactory.ParseAsync(await reader.GetAsync(route)));
        }

        var tokens = pages.Select(p => p.QuerySelector("form.app-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!).ToList();
        Assert.All(tokens, t => Assert.False(string.IsNullOrEmpty(t) || t.Contains('\u0001', StringComparison.Ordinal)));
        Assert.Equal(3, tokens.Distinct().Count());
        Assert.All(pages, p => Assert.Matches("^[0-9]+\\.[A-Za-z0-9_-]+$", p.QuerySelector("form.app-form input[name=__FormStamp]")!.GetAttribute("value")!));
    }

    [Fact]
    public async Task An_upload_is_checked_as_the_media_library_checks_and_against_the_field_types()
    {
        var upload = Field("evidence", FieldTypeIds.FileUpload, "Evidence", mandatory: true, ("AllowedUploadTypes", "pdf"));
        var (form, client, page) = await OpenAsync(f => OnePage(f, upload));
        var step = page.QuerySelector("form.app-form")!;
        Assert.Equal("multipart/form-data", step.GetAttribute("enctype"));

        var renamedExe = await PostFileAsync(client, step, "report.pdf", [0x4D, 0x5A, 0x90, 0x00, 0x03]);
        Assert.Equal(HttpStatusCode.BadRequest, renamedExe.StatusCode);
        Assert.Contains("do not match its .pdf extension", (await PortalFactory.ParseAsync(renamedExe)).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);

        var notAllowed = await PostFileAsync(client, step, "notes.txt", "plain words"u8.ToArray());
        Assert.Equal(HttpStatusCode.BadRequest, notAllowed.StatusCode);
        Assert.Contains("must be PDF", (await PortalFactory.ParseAsync(notAllowed)).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);

        var accepted = await PostFileAsync(client, step, "letter.pdf", "%PDF-1.7 a letter"u8.ToArray());
        Assert.Equal(HttpStatusCode.SeeOther, accepted.StatusCode);
        var entry = Assert.Single(await EntriesAsync(factory, form.Key));
        var file = Assert.Single(await FilesAsync(factory, form.Key));
        Assert.Equal(entry.Id, file.EntryId);
        Assert.Null(file.ProgressId);
        Assert.Equal([file.Key.ToString("D")], entry.ValuesOf(upload.Key));
        Assert.Equal("letter.pdf", file.FileName);

        // Never public: nothing under wwwroot, and no route serves it.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/form-uploads/{file.Key:N}")).StatusCode);
    }

    private Task<HttpResponseMessage> PostFileAsync(HttpClient client, AngleSharp.Dom.IElement form, string name, byte[] bytes)
    {
        var content = new MultipartFormDataContent();
        foreach (var (key, value) in HtmlForms.Fields(form))
        {
            content.Add(new StringContent(key == "__FormStamp" ? OldStamp(factory) : value), key);
        }

        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, "evidence", name);
        return client.PostAsync(form.GetAttribute("action"), content);
    }

    [Fact]
    public async Task After_the_submit_the_person_goes_to_the_chosen_page()
    {
        var thanks = await PlaceAsync(factory, Guid.NewGuid(), "Thanks page " + Guid.NewGuid().ToString("N")[..6]);
        var (form, client, page) = await OpenAsync(f =>
        {
            Contact(f);
            f.Settings.GoToPageOnSubmit = thanks.Key;
        });

        var sent = await PostAsync(factory, client, page.QuerySelector("form.app-form")!, new Dictionary<string, string> { ["message"] = "Hello" });

        Assert.Equal(HttpStatusCode.SeeOther, sent.StatusCode);
        Assert.Equal(thanks.Route, sent.Headers.Location!.OriginalString);
        Assert.Single(await EntriesAsync(factory, form.Key));
    }
}
