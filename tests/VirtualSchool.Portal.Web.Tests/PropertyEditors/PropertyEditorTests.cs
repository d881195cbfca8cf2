using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Infrastructure.Media;
using VirtualSchool.Portal.Infrastructure.Persistence;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.PropertyEditors;
using VirtualSchool.Portal.Web.Tests.BackOffice;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.PropertyEditors;

/// <summary>
/// Each editor alias means one thing everywhere (the back-office form, the page, the Delivery API, the index), because
/// one class owns all of it; the disagreements the old per-facet switches had are settled here on purpose.
/// </summary>
[Trait("Category", "Integration")]
public sealed class PropertyEditorTests(StarRatingFactory factory) : IClassFixture<StarRatingFactory>
{
    /// <summary>A published page under the home page, of a document type of its own with these editors and values.</summary>
    private async Task<PublishedContent> PublishedPageAsync(params (string Alias, string Editor, string? Value)[] properties)
    {
        var typeAlias = $"editorTest{Guid.NewGuid():N}"[..20];
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            var types = new List<PropertyType>();
            foreach (var (alias, editor, _) in properties)
            {
                var dataType = new DataType { Key = Guid.NewGuid(), Name = $"{typeAlias} {alias}", EditorAlias = editor, Configuration = "{}" };
                db.DataTypes.Add(dataType);
                types.Add(new(Guid.NewGuid(), alias, char.ToUpperInvariant(alias[0]) + alias[1..], dataType.Key, editor));
            }

            db.ContentTypes.Add(new ContentType
            {
                Key = Guid.NewGuid(), Kind = ContentTypeKind.Document, Alias = typeAlias, Name = "Editor test", AllowAtRoot = true, Properties = types,
            });
            await db.SaveChangesAsync();
        }

        var home = factory.Services.GetRequiredService<IPublishedContentCache>().GetByRoute("/")!;
        var content = factory.Services.GetRequiredService<ContentService>();
        var created = await content.CreateAsync(new NewContent(
            "Editor test " + typeAlias, typeAlias, home.Key, properties.ToDictionary(p => p.Alias, p => p.Value)),
            enforceStructure: false);
        Assert.True(created.Succeeded, created.Message);
        var published = await content.PublishAsync(created.Node!.Key);
        Assert.True(published.Succeeded, published.Message);
        return factory.Services.GetRequiredService<IPublishedContentCache>().GetByKey(created.Node!.Key)!;
    }

    private async Task<JsonElement> DeliveryPropertiesAsync(Guid key)
    {
        var response = await factory.CreateClient().GetAsync($"/umbraco/delivery/api/v2/content/item/{key}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("properties").Clone();
    }

    [Fact]
    public async Task Adding_an_editor_is_one_class_used_by_the_form_the_page_the_delivery_api_and_the_index()
    {
        var page = await PublishedPageAsync(("rating", StarRatingEditor.EditorAlias, "4"));

        var html = await factory.CreateClient().GetStringAsync(page.Route);
        Assert.Contains("4 out of 5 stars", html);

        var rating = (await DeliveryPropertiesAsync(page.Key)).GetProperty("rating");
        Assert.Equal(4, rating.GetProperty("stars").GetInt32());
        Assert.Equal(5, rating.GetProperty("outOf").GetInt32());

        var query = await factory.CreateClient().GetStringAsync($"/umbraco/delivery/api/v2/content?filter=rating:4&filter=contentType:{page.ContentTypeAlias}");
        Assert.Equal(1, JsonDocument.Parse(query).RootElement.GetProperty("total").GetInt32());

        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);
        var form = await PortalFactory.ParseAsync(await editor.GetAsync($"/umbraco/content/{page.Key}"));
        Assert.Equal("4", form.QuerySelector("input#p-rating")!.GetAttribute("value"));
        var refused = await BackOfficeBrowser.PostFormAsync(editor, $"/umbraco/content/{page.Key}", $"/umbraco/content/{page.Key}", new Dictionary<string, string> { ["intent"] = "save", ["p-rating"] = "7" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Rating must be a whole number from 1 to 5", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_date_with_a_time_zone_is_written_with_its_offset_and_shown_as_the_day_in_its_own_zone()
    {
        // Half past midnight in Copenhagen is still the day before in UTC.
        var page = await PublishedPageAsync(("starts", "Umbraco.DateTimeWithTimeZone", """{"date":"2025-01-01T00:30:00+01:00","timeZone":"Europe/Copenhagen"}"""));

        Assert.Equal("2025-01-01T00:30:00+01:00", (await DeliveryPropertiesAsync(page.Key)).GetProperty("starts").GetString());
        var html = await factory.CreateClient().GetStringAsync(page.Route);
        Assert.Contains("1 January 2025", html);
        Assert.DoesNotContain("timeZone", html);
    }

    [Fact]
    public async Task A_date_without_a_zone_is_shown_on_pages_as_a_date_not_as_its_stored_json()
    {
        var page = await PublishedPageAsync(("held", "Umbraco.DateTimeUnspecified", """{"date":"2026-03-14T10:00:00"}"""));

        var html = await factory.CreateClient().GetStringAsync(page.Route);
        Assert.Contains("14 March 2026", html);
        Assert.DoesNotContain("2026-03-14T10:00:00", html);
        Assert.Equal("2026-03-14T10:00:00", (await DeliveryPropertiesAsync(page.Key)).GetProperty("held").GetString());
    }

    [Fact]
    public async Task An_uploaded_file_is_linked_on_pages_with_its_size_and_format_not_shown_as_its_url()
    {
        await using var pdf = new MemoryStream(MediaLibrary.Pdf);
        var uploaded = await factory.Services.GetRequiredService<MediaService>().UploadAsync("Virtual School leaflet.pdf", pdf);
        Assert.True(uploaded.Succeeded, uploaded.Message);
        var page = await PublishedPageAsync(("leaflet", "Umbraco.UploadField", uploaded.Item!.Url));

        var document = await PortalFactory.ParseAsync(await factory.CreateClient().GetAsync(page.Route));
        var link = document.QuerySelector($"a[href='{uploaded.Item.Url}']");
        Assert.NotNull(link);
        Assert.Equal("Virtual School leaflet", link.TextContent);
        Assert.Contains("File format: pdf", document.Body!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(uploaded.Item.Url, (await DeliveryPropertiesAsync(page.Key)).GetProperty("leaflet").GetString());
    }

    [Fact]
    public void Every_alias_the_portal_knows_has_its_own_editor_and_an_unknown_alias_falls_back_to_raw_text()
    {
        var editors = factory.Services.GetRequiredService<PropertyEditorCollection>();

        Assert.IsType<RichTextEditor>(editors.For("Umbraco.TinyMCE"));
        Assert.IsType<TextAreaEditor>(editors.For("Umbraco.TextboxMultiple"));
        Assert.IsType<StarRatingEditor>(editors.For(StarRatingEditor.EditorAlias));
        Assert.IsType<RawEditor>(editors.For("Acme.Unknown"));
        Assert.All(editors.Aliases, alias => Assert.NotSame(PropertyEditorCollection.Raw, editors.For(alias)));
    }
}
