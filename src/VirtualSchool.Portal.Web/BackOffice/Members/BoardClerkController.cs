using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Training;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Web.BackOffice.Security;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Members;

namespace VirtualSchool.Portal.Web.BackOffice.Members;

public sealed record MeetingRow(ContentNode Node, BoardMeeting Meeting, PendingMeetingChanges? Pending);

/// <summary>
/// The Board clerk's meetings (administrators too): each published meeting's status, any changes waiting for an
/// editor's approval, and "Publish papers". The clerk may change a meeting's status and nothing else, so the
/// action publishes the version readers already see with the new status; a waiting draft stays waiting
/// (decision 0015).
/// </summary>
[Authorize(Policy = BackOfficePolicies.ManageMembers)]
public sealed class BoardClerkController(
    ContentService content,
    IContentRepository repository,
    BoardMeetings meetings,
    IAuthorizationService authorization,
    UserManager<BackOfficeUser> staff,
    AuditLog audit) : BackOfficeController
{
    private const string ViewPath = "~/Areas/BackOffice/Views/MembersAdmin/Board.cshtml";

    [HttpGet("umbraco/members/board")]
    public async Task<IActionResult> Board(CancellationToken cancellationToken)
    {
        var labels = await LabelsAsync(cancellationToken);
        var rows = new List<MeetingRow>();
        foreach (var meeting in meetings.All())
        {
            if (await repository.GetNodeAsync(meeting.Content.Key, cancellationToken) is { IsPublished: true } node)
            {
                rows.Add(new MeetingRow(node, meeting, await PendingAsync(node, labels, cancellationToken)));
            }
        }

        var canCompare = (await authorization.AuthorizeAsync(User, BackOfficePolicies.EditContent)).Succeeded;
        return View(ViewPath, new BoardClerkPage(rows, canCompare));
    }

    /// <summary>
    /// Publishes a meeting's papers: the published version with its status at "Papers published", which emails
    /// the Board once. A draft waiting for approval is neither published nor emailed.
    /// </summary>
    [HttpPost("umbraco/members/board/{key:guid}/publish-papers")]
    public async Task<IActionResult> PublishPapers(Guid key, CancellationToken cancellationToken)
    {
        var node = await repository.GetNodeAsync(key, cancellationToken);
        if (node is null || node.Trashed || !string.Equals(node.ContentTypeAlias, BoardMeetings.MeetingType, StringComparison.OrdinalIgnoreCase))
        {
            return NotFound();
        }

        if (!node.IsPublished || await repository.GetVersionAsync(node.PublishedVersionId!.Value, cancellationToken) is not { } published)
        {
            TempData["Error"] = $"The papers of {node.Name} were not published: the meeting is not published yet. An editor must publish it first.";
            return Redirect("/umbraco/members/board");
        }

        if (BoardMeetingStatus.ShowsPapers(BoardMeetingStatus.Of(published.Properties.GetValueOrDefault("status"))))
        {
            TempData["Message"] = $"The papers of {published.Name} were already published.";
            return Redirect("/umbraco/members/board");
        }

        var pending = await content.PendingDraftAsync(node, published, cancellationToken);
        var me = User.Identity?.Name;
        var changes = new Dictionary<string, string?> { ["status"] = BoardMeetingStatus.Stored(BoardMeetingStatus.PapersPublished) };
        var result = await content.PublishChangeToPublishedAsync(key, changes, me, cancellationToken);
        if (!result.Succeeded)
        {
            TempData["Error"] = $"The papers of {published.Name} were not published: "
                + string.Join(" ", result.ValidationErrors.Select(e => e.Message).DefaultIfEmpty(result.Message ?? result.Status.ToString()));
            return Redirect("/umbraco/members/board");
        }

        var held = pending is null ? "" : $" The changes {pending.CreatedBy ?? "someone"} saved on {UkDates.DateTimeText(pending.CreateDate)} were not published: they await an editor's approval.";
        await audit.RecordAsync(AuditActions.Publish, (await staff.GetUserAsync(User))?.Id.ToString(), me, "content", key.ToString(), published.Name,
            "papers published by the Board clerk's screen" + (pending is null ? "" : $"; the draft by {pending.CreatedBy} awaiting approval was not published"), ClientAddress, cancellationToken);
        TempData["Message"] = $"The papers of {published.Name} are published, and Board members have been emailed.{held}";
        return Redirect("/umbraco/members/board");
    }

    private async Task<PendingMeetingChanges?> PendingAsync(ContentNode node, IReadOnlyDictionary<string, string> labels, CancellationToken cancellationToken)
    {
        if (await repository.GetVersionAsync(node.PublishedVersionId!.Value, cancellationToken) is not { } published
            || await content.PendingDraftAsync(node, published, cancellationToken) is not { } draft)
        {
            return null;
        }

        var fields = ContentService.ChangedProperties(published, draft).Select(alias => labels.GetValueOrDefault(alias) ?? alias).ToList();
        if (!string.Equals(published.Name, draft.Name, StringComparison.Ordinal))
        {
            fields.Insert(0, "Name");
        }

        return new PendingMeetingChanges(draft.CreatedBy, draft.CreateDate, fields, published.Id, draft.Id);
    }

    /// <summary>The names editors see for the meeting type's properties, by alias.</summary>
    private async Task<IReadOnlyDictionary<string, string>> LabelsAsync(CancellationToken cancellationToken)
    {
        var types = (await repository.GetContentTypesAsync(cancellationToken))
            .Where(t => t.Kind == ContentTypeKind.Document).ByAlias();
        return types.TryGetValue(BoardMeetings.MeetingType, out var type)
            ? ContentTypeComposer.Compose(type, types).Properties
                .GroupBy(p => p.Alias, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.First().Name, StringComparer.OrdinalIgnoreCase)
            : new Dictionary<string, string>();
    }
}
