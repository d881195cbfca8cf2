using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Infrastructure.Persistence;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.BackOffice;

/// <summary>
/// The edit page around the editors: "Save and publish" on a new page, the error summary in the form's order with
/// messages that say what to do, and versions compared as an editor reads them.
/// </summary>
[Trait("Category", "Integration")]
[Collection(ContentEditingCollection.Name)]
public sealed class ContentShellTests(BackOfficeFactory factory) : ContentEditingTests(factory)
{
    [Fact]
    public async Task An_editor_creates_and_publishes_a_new_page_in_one_go_and_a_writer_may_not()
    {
        var editor = await Factory.SignInAsync(BackOfficeRoles.Editor);
        var writer = await Factory.SignInAsync(BackOfficeRoles.Writer);
        var form = $"/umbraco/content/create?parent={Home}&type=contentPage";
        var name = $"Published at once {Guid.NewGuid():N}"[..26];

        var writerPage = await PortalFactory.ParseAsync(await writer.GetAsync(form));
        var refused = await BackOfficeBrowser.PostFormAsync(writer, form, form, new Dictionary<string, string> { ["name"] = "Not allowed", ["p-heading"] = "No", ["intent"] = "publish" });
        var created = await BackOfficeBrowser.PostFormAsync(editor, form, form, new Dictionary<string, string> { ["name"] = name, ["p-heading"] = "Live at once", ["intent"] = "publish" });

        Assert.Null(writerPage.QuerySelector("button[value='publish']"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var key = Guid.Parse(created.Headers.Location!.OriginalString.Split('/')[^1]);
        var node = await Factory.Services.GetRequiredService<IContentRepository>().GetNodeAsync(key);
        Assert.True(node!.IsPublished);
        Assert.Contains("Live at once", await Factory.CreateClient().GetStringAsync("/" + UrlSegments.FromName(name)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_opens_in_a_new_tab_and_leads_back_to_the_editor()
    {
        var editor = await Factory.SignInAsync(BackOfficeRoles.Editor);

        var edit = await PortalFactory.ParseAsync(await editor.GetAsync($"/umbraco/content/{Admissions}"));
        var preview = await PortalFactory.ParseAsync(await editor.GetAsync($"/umbraco/content/{Admissions}/preview"));

        var link = edit.QuerySelector($".app-action-bar a[href='/umbraco/content/{Admissions}/preview']")!;
        Assert.Equal("_blank", link.GetAttribute("target"));
        Assert.Contains("(opens in new tab)", link.TextContent, StringComparison.Ordinal);
        var back = preview.QuerySelector(".govuk-notification-banner a")!;
        Assert.Equal($"/umbraco/content/{Guid.Parse(Admissions)}", back.GetAttribute("href"));
        Assert.StartsWith("Back to editing", back.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_error_summary_follows_the_form_and_says_what_to_do()
    {
        var type = await CreateTypeAsync();
        var editor = await Factory.SignInAsync(BackOfficeRoles.Editor);
        var form = $"/umbraco/content/create?type={type}";

        var refused = await BackOfficeBrowser.PostFormAsync(editor, form, form, new Dictionary<string, string> { ["name"] = "", ["intent"] = "save" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await PortalFactory.ParseAsync(refused);
        var summary = page.QuerySelectorAll(".govuk-error-summary__list a").Select(a => (a.GetAttribute("href"), a.TextContent.Trim())).ToList();
        // The "Dates" group is drawn before "Words" although its property was added last.
        Assert.Equal([("#name", "Enter a name"), ("#p-eventDate-day", "Choose an event date"), ("#p-heading", "Enter a heading")], summary);
        Assert.Equal(["p-eventDate-day", "p-heading"], page.QuerySelectorAll("form#edit-form input[id^='p-']").Select(i => i.Id!).Where(id => id is "p-eventDate-day" or "p-heading"));
    }

    [Fact]
    public async Task Compare_shows_labels_and_values_in_words_with_the_words_added_and_removed()
    {
        var type = await CreateTypeAsync();
        var content = Factory.Services.GetRequiredService<ContentService>();
        var repository = Factory.Services.GetRequiredService<IContentRepository>();
        var created = await content.CreateAsync(new NewContent($"Compare {Guid.NewGuid():N}", type, null, new Dictionary<string, string?>
        {
            ["heading"] = "The quick brown fox",
            ["eventDate"] = "2026-02-01 00:00:00",
            ["featured"] = "0",
            ["related"] = $"umb://document/{Guid.Parse(Admissions):N}",
        }));
        var key = created.Node!.Key;
        await content.SaveAsync(key, created.Node!.Name, new Dictionary<string, string?>
        {
            ["heading"] = "The quick red fox jumps",
            ["eventDate"] = "2026-03-15 00:00:00",
            ["featured"] = "1",
            ["related"] = $"umb://document/{Guid.Parse(ChildrenAct):N}",
        });
        var versions = await repository.GetVersionsAsync(key);
        var editor = await Factory.SignInAsync(BackOfficeRoles.Writer);

        var page = await PortalFactory.ParseAsync(await editor.GetAsync($"/umbraco/content/{key}/history/compare?from={versions[1].Id}&to={versions[0].Id}"));

        string Row(string alias) => page.QuerySelector($".app-compare__changed[data-alias='{alias}'] dd")!.TextContent;
        Assert.Equal(["Event date", "Heading", "Featured", "Related page"], page.QuerySelectorAll(".app-compare__changed dt").Select(d => d.TextContent.Trim()));
        var heading = page.QuerySelector(".app-compare__changed[data-alias='heading'] dd")!;
        Assert.Equal(["[removed: brown]"], heading.QuerySelectorAll("del").Select(d => d.TextContent.Trim()));
        Assert.Equal(["[added: red]", "[added:  jumps]"], heading.QuerySelectorAll("ins").Select(d => d.TextContent.Trim()));
        var date = page.QuerySelector(".app-compare__changed[data-alias='eventDate'] dd")!;
        Assert.Equal("[removed: 1] [removed: February]", string.Join(" ", date.QuerySelectorAll("del").Select(d => d.TextContent.Trim())));
        Assert.Equal("[added: 15] [added: March]", string.Join(" ", date.QuerySelectorAll("ins").Select(d => d.TextContent.Trim())));
        Assert.Contains("2026", Row("eventDate"), StringComparison.Ordinal);
        Assert.Contains("No", Row("featured"), StringComparison.Ordinal);
        Assert.Contains("Yes", Row("featured"), StringComparison.Ordinal);
        Assert.Contains("Admissions", Row("related"), StringComparison.Ordinal);
        Assert.DoesNotContain("umb://", Row("related"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_shows_rich_text_as_its_words_and_where_its_links_go_not_as_markup()
    {
        var content = Factory.Services.GetRequiredService<ContentService>();
        var link = $"<a type=\"document\" href=\"/{{localLink:{Admissions}}}\">school places</a>";
        var created = await content.CreateAsync(new NewContent($"Rich compare {Guid.NewGuid():N}"[..22], "contentPage", Guid.Parse(Home), new Dictionary<string, string?>
        {
            ["heading"] = "Places",
            ["bodyText"] = $"<h2>Who gets priority</h2><p>Read about {link} here.</p>",
        }));
        var key = created.Node!.Key;
        await content.SaveAsync(key, created.Node!.Name, new Dictionary<string, string?>
        {
            ["heading"] = "Places",
            ["bodyText"] = $"<h2>Who gets priority</h2><p>Read about {link} today.</p>",
        });
        var versions = await Factory.Services.GetRequiredService<IContentRepository>().GetVersionsAsync(key);
        var editor = await Factory.SignInAsync(BackOfficeRoles.Writer);

        var page = await PortalFactory.ParseAsync(await editor.GetAsync($"/umbraco/content/{key}/history/compare?from={versions[1].Id}&to={versions[0].Id}"));

        var body = page.QuerySelector(".app-compare__changed[data-alias='bodyText'] dd")!;
        Assert.Contains("Who gets priority\nRead about school places (link to Admissions)", body.TextContent, StringComparison.Ordinal);
        Assert.Contains("here", string.Concat(body.QuerySelectorAll("del").Select(d => d.TextContent)), StringComparison.Ordinal);
        Assert.Contains("today", string.Concat(body.QuerySelectorAll("ins").Select(d => d.TextContent)), StringComparison.Ordinal);
        Assert.DoesNotContain("Admissions", string.Concat(body.QuerySelectorAll("ins, del").Select(d => d.TextContent)), StringComparison.Ordinal);
        Assert.DoesNotContain("localLink", body.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", body.TextContent, StringComparison.Ordinal);
    }

    /// <summary>
    /// A document type whose groups are drawn in another order than its properties were added: "Words" (heading,
    /// featured, related) added first, "Dates" (a mandatory event date) last but drawn first.
    /// </summary>
    private async Task<string> CreateTypeAsync()
    {
        var alias = $"shellTest{Guid.NewGuid():N}"[..17];
        await using var db = await Factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        DataType Data(string editor) => new() { Key = Guid.NewGuid(), Name = $"{alias} {editor}", EditorAlias = editor, Configuration = "{}" };
        var text = Data("Umbraco.TextBox");
        var date = Data("Umbraco.DateTime");
        var yesNo = Data("Umbraco.TrueFalse");
        var picker = Data("Umbraco.ContentPicker");
        db.DataTypes.AddRange(text, date, yesNo, picker);
        db.ContentTypes.Add(new ContentType
        {
            Key = Guid.NewGuid(),
            Kind = ContentTypeKind.Document,
            Alias = alias,
            Name = "Shell test",
            AllowAtRoot = true,
            Groups = [new("dates", "Dates", "Group", 0), new("words", "Words", "Group", 1)],
            Properties =
            [
                new(Guid.NewGuid(), "heading", "Heading", text.Key, text.EditorAlias, Mandatory: true, GroupAlias: "words"),
                new(Guid.NewGuid(), "featured", "Featured", yesNo.Key, yesNo.EditorAlias, GroupAlias: "words"),
                new(Guid.NewGuid(), "related", "Related page", picker.Key, picker.EditorAlias, GroupAlias: "words"),
                new(Guid.NewGuid(), "eventDate", "Event date", date.Key, date.EditorAlias, Mandatory: true, GroupAlias: "dates"),
            ],
        });
        await db.SaveChangesAsync();
        return alias;
    }
}
