using System.Net;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Members;
using VirtualSchool.Portal.Web.Tests.BackOffice;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Members;

/// <summary>The Board clerk's meetings screen: what it shows, and that "Publish papers" publishes only what was approved.</summary>
[Trait("Category", "Integration")]
public sealed class BoardClerkTests(MembersFactory portal) : IClassFixture<MembersFactory>
{
    private const string Spring = "4c9a1e76-8b35-4d02-a7f9-e3d6b0c1f584";
    private const string Summer = "92f6d4a1-3e87-4b5c-8d10-7a2c9e5b3f68";
    private const string Unapproved = "A draft item nobody has approved";

    /// <summary>The content section saved the page (its redirect), or the test fails with the form's errors.</summary>
    private static async Task AssertSavedAsync(HttpResponseMessage response)
    {
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var page = await PortalFactory.ParseAsync(response);
            Assert.Fail($"The save answered {(int)response.StatusCode}: {page.QuerySelector(".govuk-error-summary")?.TextContent.Trim()}");
        }
    }

    [Fact]
    public async Task A_writers_draft_is_never_published_or_emailed_by_publish_papers_and_still_awaits_an_editor()
    {
        var member = await portal.CreateMemberAsync($"board-{Guid.NewGuid():N}@example.org", true, MemberGroupNames.ManagementBoard);
        var clerk = await portal.SignInAsync(BackOfficeRoles.BoardClerk);

        // The clerk has the meetings screen open while a writer edits the meeting and sends it for approval.
        var screen = await PortalFactory.ParseAsync(await clerk.GetAsync("/umbraco/members/board"));
        var publishForm = screen.QuerySelector($"form[action='/umbraco/members/board/{Spring}/publish-papers']")!;
        var writerEmail = $"writer-{Guid.NewGuid():N}@virtualschool.test";
        await portal.CreateUserAsync(writerEmail, "a long enough password", BackOfficeRoles.Writer);
        var writer = portal.CreateBrowserlikeClient();
        await BackOfficeBrowser.SignInAsync(writer, writerEmail, "a long enough password");
        var sent = await BackOfficeBrowser.PostFormAsync(writer, $"/umbraco/content/{Spring}", $"/umbraco/content/{Spring}",
            new Dictionary<string, string> { ["intent"] = "approval", ["p-term"] = "Spring", ["p-status"] = "Scheduled", ["p-agenda"] = "1. Welcome\n2. " + Unapproved });
        await AssertSavedAsync(sent);

        var published = await HtmlForms.PostAsync(clerk, publishForm, new Dictionary<string, string>());
        Assert.Equal("/umbraco/members/board", published.Headers.Location!.OriginalString);

        // The Board is emailed about the approved meeting and sees its papers, not the writer's draft.
        var mail = Assert.Single(await portal.MailToAsync(member.Email!));
        Assert.Contains("Papers published: Spring term 2027 meeting", mail, StringComparison.Ordinal);
        Assert.DoesNotContain(Unapproved, mail, StringComparison.Ordinal);
        var board = await portal.SignInMemberAsync(member);
        var meeting = await PortalFactory.ParseAsync(await board.GetAsync("/members/board/spring-term-2027-meeting"));
        Assert.Equal(3, meeting.QuerySelectorAll(".app-papers li").Length);
        Assert.DoesNotContain(Unapproved, meeting.Body!.TextContent, StringComparison.Ordinal);

        // The clerk is told the draft was held, and the screen says what is waiting, by whom.
        var after = await PortalFactory.ParseAsync(await clerk.GetAsync("/umbraco/members/board"));
        Assert.Contains("await an editor's approval", after.Body!.TextContent, StringComparison.Ordinal);
        var row = after.QuerySelector($"#meetings tr[data-meeting='{Spring}']")!;
        Assert.Equal(BoardMeetingStatus.PapersPublished, row.QuerySelector("[data-column='status']")!.TextContent.Trim());
        var pending = row.QuerySelector("[data-column='pending']")!.TextContent;
        Assert.Contains("Awaiting an editor's approval", pending, StringComparison.Ordinal);
        Assert.Contains(writerEmail, pending, StringComparison.Ordinal);
        Assert.Contains("Agenda", pending, StringComparison.Ordinal);

        // The draft still waits; when an editor approves it, the papers stay published.
        var editor = await portal.SignInAsync(BackOfficeRoles.Editor);
        var form = await PortalFactory.ParseAsync(await editor.GetAsync($"/umbraco/content/{Spring}"));
        Assert.Contains(Unapproved, form.QuerySelector("textarea#p-agenda")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(form.QuerySelector($"select#p-status option[value='{BoardMeetingStatus.PapersPublished}'][selected]"));
        var approved = await BackOfficeBrowser.PostFormAsync(editor, $"/umbraco/content/{Spring}", $"/umbraco/content/{Spring}",
            new Dictionary<string, string> { ["intent"] = "publish", ["p-term"] = "Spring", ["p-status"] = BoardMeetingStatus.PapersPublished });
        await AssertSavedAsync(approved);
        meeting = await PortalFactory.ParseAsync(await board.GetAsync("/members/board/spring-term-2027-meeting"));
        Assert.Contains(Unapproved, meeting.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, meeting.QuerySelectorAll(".app-papers li").Length);
        var cleared = await PortalFactory.ParseAsync(await clerk.GetAsync("/umbraco/members/board"));
        Assert.Equal("None", cleared.QuerySelector($"#meetings tr[data-meeting='{Spring}'] [data-column='pending']")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_meeting_saved_in_the_content_section_shows_its_status_in_words_and_its_papers_can_be_published()
    {
        var member = await portal.CreateMemberAsync($"board-{Guid.NewGuid():N}@example.org", true, MemberGroupNames.ManagementBoard);
        var editor = await portal.SignInAsync(BackOfficeRoles.Editor);
        // The form's dropdowns, as a browser posts them (the test's form reader takes inputs and text areas only).
        var saved = await BackOfficeBrowser.PostFormAsync(editor, $"/umbraco/content/{Summer}", $"/umbraco/content/{Summer}",
            new Dictionary<string, string> { ["intent"] = "publish", ["p-term"] = "Summer", ["p-status"] = "Scheduled" });
        await AssertSavedAsync(saved);
        var repository = portal.Services.GetRequiredService<IContentRepository>();
        var stored = (await repository.GetVersionAsync((await repository.GetNodeAsync(Guid.Parse(Summer)))!.PublishedVersionId!.Value))!;
        Assert.StartsWith("[", stored.Properties["status"], StringComparison.Ordinal);

        var clerk = await portal.SignInAsync(BackOfficeRoles.BoardClerk);
        var screen = await PortalFactory.ParseAsync(await clerk.GetAsync("/umbraco/members/board"));
        Assert.DoesNotContain("[\"", screen.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Scheduled", screen.QuerySelector($"#meetings tr[data-meeting='{Summer}'] [data-column='status']")!.TextContent.Trim());

        var published = await BackOfficeBrowser.PostFormAsync(clerk, "/umbraco/members/board", $"/umbraco/members/board/{Summer}/publish-papers");
        Assert.Equal("/umbraco/members/board", published.Headers.Location!.OriginalString);
        Assert.Contains("Papers published: Summer term 2027 meeting", Assert.Single(await portal.MailToAsync(member.Email!)), StringComparison.Ordinal);
        var board = await portal.SignInMemberAsync(member);
        var meeting = await PortalFactory.ParseAsync(await board.GetAsync("/members/board/summer-term-2027-meeting"));
        Assert.Equal(BoardMeetingStatus.PapersPublished, meeting.QuerySelector(".govuk-summary-list .govuk-tag")!.TextContent.Trim());
    }
}
