using System.Net;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.BackOffice;

/// <summary>What the content section refuses, with an error summary, and what it keeps of what was typed.</summary>
[Trait("Category", "Integration")]
[Collection(ContentEditingCollection.Name)]
public sealed class ContentValidationTests(BackOfficeFactory factory) : ContentEditingTests(factory)
{
    [Fact]
    public async Task An_empty_mandatory_field_is_refused_with_a_summary_linking_to_it_and_what_was_typed_is_kept()
    {
        var (key, _) = await CreatePublishedPageAsync("Mandatory check");
        var editor = await Factory.SignInAsync(BackOfficeRoles.Editor);

        var refused = await SaveAsync(editor, key, "save", new() { ["p-heading"] = "", ["p-summary"] = "A summary I typed" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await PortalFactory.ParseAsync(refused);
        Assert.NotNull(page.QuerySelector(".govuk-error-summary a[href='#p-heading']"));
        Assert.Equal("A summary I typed", page.QuerySelector("textarea#p-summary")!.TextContent.Trim());
    }

    [Fact]
    public async Task An_official_url_that_is_not_https_is_refused()
    {
        var editor = await Factory.SignInAsync(BackOfficeRoles.Editor);

        var refused = await SaveAsync(editor, ChildrenAct, "save", new() { ["p-officialUrl"] = "http://www.legislation.gov.uk/ukpga/1989/41" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await PortalFactory.ParseAsync(refused);
        Assert.NotNull(page.QuerySelector(".govuk-error-summary a[href='#p-officialUrl']"));
        Assert.Equal("http://www.legislation.gov.uk/ukpga/1989/41", page.QuerySelector("#p-officialUrl")!.GetAttribute("value"));
    }

    [Fact]
    public async Task An_impossible_date_is_refused_and_the_typed_parts_are_kept()
    {
        var editor = await Factory.SignInAsync(BackOfficeRoles.Editor);

        var refused = await SaveAsync(editor, ChildrenAct, "save", new() { ["p-lastReviewed-day"] = "31", ["p-lastReviewed-month"] = "2", ["p-lastReviewed-year"] = "2026" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await PortalFactory.ParseAsync(refused);
        Assert.NotNull(page.QuerySelector(".govuk-error-summary a[href='#p-lastReviewed-day']"));
        Assert.Equal("31", page.QuerySelector("#p-lastReviewed-day")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_valid_date_is_stored_in_umbracos_format()
    {
        var editor = await Factory.SignInAsync(BackOfficeRoles.Editor);

        var saved = await SaveAsync(editor, ChildrenAct, "save", new() { ["p-lastReviewed-day"] = "5", ["p-lastReviewed-month"] = "6", ["p-lastReviewed-year"] = "2026" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var repository = Factory.Services.GetRequiredService<IContentRepository>();
        var node = (await repository.GetNodeAsync(Guid.Parse(ChildrenAct)))!;
        Assert.Equal("2026-06-05T00:00:00", (await repository.GetVersionAsync(node.DraftVersionId))!.Properties["lastReviewed"]);
    }

    [Fact]
    public async Task A_number_that_is_not_a_number_and_a_script_link_are_refused()
    {
        var key = await CreateEditorTestPageAsync();
        var editor = await Factory.SignInAsync(BackOfficeRoles.Editor);

        var refused = await SaveAsync(editor, key, "save", new() { ["p-count"] = "twelve", ["p-links-url-0"] = "javascript:alert(1)" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await PortalFactory.ParseAsync(refused);
        Assert.NotNull(page.QuerySelector(".govuk-error-summary a[href='#p-count']"));
        Assert.NotNull(page.QuerySelector(".govuk-error-summary a[href='#p-links-name-0']"));
        Assert.Equal("twelve", page.QuerySelector("#p-count")!.GetAttribute("value"));
    }
}
