using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Notifications;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Infrastructure.Email;
using VirtualSchool.Portal.Infrastructure.Persistence;
using VirtualSchool.Portal.Web.Members.Persistence;

namespace VirtualSchool.Portal.Web.Members;

/// <summary>
/// When a meeting is published with its status at "Papers published", every member of the groups who may see
/// the meeting (the Management Board) gets an email, once per meeting.
/// </summary>
public sealed class BoardPapersPublishedHandler(IServiceProvider services, IServiceScopeFactory scopes, IPublishedContentCache cache, IPublicAccess access, AuditLog audit, TimeProvider clock)
    : INotificationHandler<ContentPublishedNotification>
{
    public async Task HandleAsync(ContentPublishedNotification notification, CancellationToken cancellationToken)
    {
        // The seed import at first start publishes meetings before the members' store exists: nobody to email.
        if (!services.GetRequiredService<MembersInitialiser>().Ready
            || !string.Equals(notification.Node.ContentTypeAlias, BoardMeetings.MeetingType, StringComparison.OrdinalIgnoreCase)
            || !notification.Version.Properties.TryGetValue("status", out var status)
            || !BoardMeetingStatus.ShowsPapers(BoardMeetingStatus.Of(status))
            || cache.GetByKey(notification.Node.Key) is not { } content)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MembersDbContext>();
        if (await db.BoardPapersNotices.AnyAsync(n => n.MeetingKey == content.Key, cancellationToken))
        {
            return;
        }

        var groups = access.AllowedGroups(content) ?? new HashSet<string> { MemberGroupNames.ManagementBoard };
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Member>>();
        var recipients = new Dictionary<Guid, Member>();
        foreach (var group in groups)
        {
            foreach (var member in await users.GetUsersInRoleAsync(group))
            {
                if (member.PasswordHash is not null && member.Email is not null)
                {
                    recipients[member.Id] = member;
                }
            }
        }

        var meeting = BoardMeetings.From(content);
        var boards = scope.ServiceProvider.GetRequiredService<BoardMeetings>();
        var papers = await boards.PapersAsync(meeting, groups.ToList(), cancellationToken);
        var mail = scope.ServiceProvider.GetRequiredService<MemberMail>();

        // The notice (once per meeting) and the emails are stored in one transaction: two publishes at once
        // cannot both send (the notice's key), and a failure cannot record the notice yet lose the emails.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await using var outbox = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(cancellationToken);
        outbox.Database.SetDbConnection(db.Database.GetDbConnection());
        await outbox.Database.UseTransactionAsync(transaction.GetDbTransaction(), cancellationToken);
        db.BoardPapersNotices.Add(new BoardPapersNotice { MeetingKey = content.Key, SentAt = clock.GetUtcNow().UtcDateTime, Recipients = recipients.Count });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return;
        }

        mail.QueuePapersPublished(outbox, recipients.Values, meeting.Title, mail.SiteUrl + meeting.Url, papers.Select(p => p.Title).ToList());
        await outbox.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        scope.ServiceProvider.GetRequiredService<IOutboxSignal>().MessagesQueued();

        await audit.RecordAsync(AuditActions.BoardPapersPublished, null, notification.Version.CreatedBy, "content", content.Key.ToString(), meeting.Title,
            $"emailed {recipients.Count} member(s)", cancellationToken: cancellationToken);
    }
}
