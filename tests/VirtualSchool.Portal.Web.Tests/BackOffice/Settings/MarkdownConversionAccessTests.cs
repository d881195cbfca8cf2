using System.Net;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.BackOffice.Settings;

/// <summary>Only administrators change document types; wrong addresses and choices get a clear 4xx and change nothing.</summary>
[Trait("Category", "Integration")]
public sealed class MarkdownConversionAccessTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    [Fact]
    public async Task Editors_writers_and_others_are_refused_and_their_posts_change_nothing()
    {
        var fixture = new MarkdownConversionFixture(factory);
        await fixture.CreateTypeAsync();
        var page = await fixture.CreatePageAsync("Refused", "Some *Markdown*.");
        var admin = await factory.SignInAdministratorAsync();
        var preview = await PortalFactory.ParseAsync(await admin.GetAsync($"{fixture.RichTextUrl}/preview?dataType={fixture.RichTextKey}"));
        var fingerprint = preview.QuerySelector("input[name='fingerprint']")!.GetAttribute("value")!;

        foreach (var role in new[] { BackOfficeRoles.Editor, BackOfficeRoles.Writer, BackOfficeRoles.TrainingCoordinator, BackOfficeRoles.BoardClerk })
        {
            var client = await factory.SignInAsync(role);
            foreach (var path in new[] { "/umbraco/settings/document-types", fixture.RichTextUrl, $"{fixture.RichTextUrl}/preview?dataType={fixture.RichTextKey}" })
            {
                var refused = await client.GetAsync(path);
                Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
                Assert.StartsWith("/umbraco/denied", Path(refused.Headers.Location!), StringComparison.Ordinal);
                Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(refused.Headers.Location)).StatusCode);
            }

            // A post with a valid antiforgery token of their own (from the dashboard's sign-out form) is still refused.
            var form = (await PortalFactory.ParseAsync(await client.GetAsync("/umbraco"))).QuerySelector("form[action='/umbraco/logout']")!;
            form.SetAttribute("action", $"{fixture.RichTextUrl}/convert");
            var posted = await HtmlForms.PostAsync(client, form, new Dictionary<string, string> { ["dataType"] = fixture.RichTextKey.ToString(), ["fingerprint"] = fingerprint });
            Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        }

        Assert.DoesNotContain("Settings", (await PortalFactory.ParseAsync(await (await factory.SignInAsync(BackOfficeRoles.Editor)).GetAsync("/umbraco"))).QuerySelector("nav")!.TextContent, StringComparison.Ordinal);
        var anonymous = await factory.CreateBrowserlikeClient().GetAsync("/umbraco/settings/document-types");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/umbraco/login", Path(anonymous.Headers.Location!), StringComparison.Ordinal);
        Assert.Equal("Umbraco.MarkdownEditor", (await fixture.PropertyAsync()).EditorAlias);
        Assert.Equal("Some *Markdown*.", (await fixture.ReadAsync(page.Key)).Draft.Properties["body"]);
    }

    [Fact]
    public async Task Unknown_types_properties_and_data_types_get_a_4xx_and_change_nothing()
    {
        var fixture = new MarkdownConversionFixture(factory);
        await fixture.CreateTypeAsync();
        await fixture.CreatePageAsync("Bad input", "Some *Markdown*.");
        var admin = await factory.SignInAdministratorAsync();
        var preview = $"{fixture.RichTextUrl}/preview";

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/umbraco/settings/document-types/noSuchType/properties/body/rich-text")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/umbraco/settings/document-types/{fixture.TypeAlias}/properties/noSuchProperty/rich-text/preview?dataType={fixture.RichTextKey}")).StatusCode);
        var missing = await admin.GetAsync(preview);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var page = await PortalFactory.ParseAsync(missing);
        Assert.Equal("Error: Choose the rich-text data type to change to", page.QuerySelector("#dataType-error")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync($"{preview}?dataType=not-a-guid")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync($"{preview}?dataType={fixture.MarkdownKey}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync($"{preview}?dataType={Guid.NewGuid()}")).StatusCode);

        var form = (await PortalFactory.ParseAsync(await admin.GetAsync($"{preview}?dataType={fixture.RichTextKey}"))).QuerySelector($"form[action='{fixture.RichTextUrl}/convert']")!;
        Assert.Equal(HttpStatusCode.Conflict, (await HtmlForms.PostAsync(admin, form, new Dictionary<string, string> { ["fingerprint"] = "stale" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await HtmlForms.PostAsync(admin, form, new Dictionary<string, string> { ["dataType"] = fixture.MarkdownKey.ToString() })).StatusCode);
        var withoutToken = await admin.PostAsync($"{fixture.RichTextUrl}/convert", new FormUrlEncodedContent(new Dictionary<string, string> { ["dataType"] = fixture.RichTextKey.ToString() }));
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal("Umbraco.MarkdownEditor", (await fixture.PropertyAsync()).EditorAlias);
    }

    private static string Path(Uri location) => location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
}
