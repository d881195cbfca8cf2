using System.Net;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.BackOffice;

/// <summary>Who reaches the content section, and posts without the antiforgery token.</summary>
[Trait("Category", "Integration")]
[Collection(ContentEditingCollection.Name)]
public sealed class ContentSectionAccessTests(BackOfficeFactory factory) : ContentEditingTests(factory)
{
    [Fact]
    public async Task Posts_without_an_antiforgery_token_are_refused()
    {
        var editor = await Factory.SignInAsync(BackOfficeRoles.Editor);

        var save = await editor.PostAsync($"/umbraco/content/{Admissions}", new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "Admissions", ["p-heading"] = "Forged", ["intent"] = "publish" }));
        var unpublish = await editor.PostAsync($"/umbraco/content/{Admissions}/unpublish", new FormUrlEncodedContent(new Dictionary<string, string>()));

        Assert.Equal(HttpStatusCode.BadRequest, save.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unpublish.StatusCode);
        Assert.DoesNotContain("Forged", await Factory.CreateClient().GetStringAsync("/admissions"));
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_and_training_coordinators_are_refused()
    {
        var anonymous = await Factory.CreateBrowserlikeClient().GetAsync("/umbraco/content");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/umbraco/login", anonymous.Headers.Location!.PathOf(), StringComparison.Ordinal);

        var coordinator = await Factory.SignInAsync(BackOfficeRoles.TrainingCoordinator);
        var refused = await coordinator.GetAsync($"/umbraco/content/{Admissions}");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/umbraco/denied", refused.Headers.Location!.PathOf(), StringComparison.Ordinal);
        var dashboard = await PortalFactory.ParseAsync(await coordinator.GetAsync("/umbraco"));
        Assert.DoesNotContain(dashboard.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/umbraco/content");
    }

    [Fact]
    public async Task Content_is_the_first_section_on_a_writers_dashboard()
    {
        var writer = await Factory.SignInAsync(BackOfficeRoles.Writer);
        var dashboard = await PortalFactory.ParseAsync(await writer.GetAsync("/umbraco"));
        Assert.Equal("/umbraco/content", dashboard.QuerySelector("main a[href^='/umbraco/']")!.GetAttribute("href"));
        var roots = await PortalFactory.ParseAsync(await writer.GetAsync("/umbraco/content"));
        Assert.NotNull(roots.QuerySelector($"tr[data-key='{Home}']"));
    }
}
