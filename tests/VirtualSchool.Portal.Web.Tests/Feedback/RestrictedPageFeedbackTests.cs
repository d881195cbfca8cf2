using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Infrastructure.Persistence;
using VirtualSchool.Portal.Web.Members;
using VirtualSchool.Portal.Web.Tests.Infrastructure;
using VirtualSchool.Portal.Web.Tests.Members;

namespace VirtualSchool.Portal.Web.Tests.Feedback;

/// <summary>Feedback about a page restricted to member groups is taken only from someone who may read the page.</summary>
[Trait("Category", "Integration")]
public sealed class RestrictedPageFeedbackTests(MembersFactory portal) : IClassFixture<MembersFactory>
{
    // The Board's meetings page, restricted to the Management Board.
    private const string BoardMeetings = "6b3f0a4e-9c1d-4e7a-8b52-1d0c5e9f7a31";
    private const string BoardMeetingsPath = "/about/management-board/board-meetings";

    private static async Task<AngleSharp.Dom.IElement> FormAsync(HttpClient client)
    {
        var page = await PortalFactory.ParseAsync(await client.GetAsync("/admissions"));
        return page.QuerySelector("form[data-feedback-step=useful]")!;
    }

    private async Task<int> EntriesAsync()
    {
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await db.Feedback.CountAsync(f => f.PageKey == Guid.Parse(BoardMeetings));
    }

    [Fact]
    public async Task Feedback_naming_a_restricted_page_is_a_404_that_reveals_nothing_unless_the_sender_may_read_it()
    {
        var anonymous = portal.CreateBrowserlikeClient();
        var form = await FormAsync(anonymous);
        var asked = new Dictionary<string, string> { ["useful"] = "yes", ["pageKey"] = BoardMeetings };

        var plain = await HtmlForms.PostAsync(anonymous, form, asked);
        Assert.Equal(HttpStatusCode.NotFound, plain.StatusCode);
        Assert.Null(plain.Headers.Location);
        Assert.DoesNotContain(BoardMeetingsPath, await plain.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);

        var json = await HtmlForms.PostAsync(anonymous, form, asked, accept: "application/json");
        Assert.Equal(HttpStatusCode.NotFound, json.StatusCode);
        Assert.DoesNotContain(BoardMeetingsPath, await json.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);

        var bot = await HtmlForms.PostAsync(anonymous, form, new Dictionary<string, string>(asked) { ["website"] = "http://spam.example" });
        Assert.Equal(HttpStatusCode.NotFound, bot.StatusCode);
        Assert.Null(bot.Headers.Location);

        var governor = await portal.SignInMemberAsync(await portal.CreateMemberAsync($"gov-{Guid.NewGuid():N}@example.org", false, MemberGroupNames.Governors));
        Assert.Equal(HttpStatusCode.NotFound, (await HtmlForms.PostAsync(governor, await FormAsync(governor), asked)).StatusCode);
        Assert.Equal(0, await EntriesAsync());

        // A Board member may read the page, so their answer is taken.
        var board = await portal.SignInBoardMemberAsync();
        var taken = await HtmlForms.PostAsync(board, await FormAsync(board), asked);
        Assert.Equal(HttpStatusCode.SeeOther, taken.StatusCode);
        Assert.StartsWith(BoardMeetingsPath + "?feedback=", taken.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(1, await EntriesAsync());
    }
}
