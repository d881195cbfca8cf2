using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Media;
using VirtualSchool.Portal.Core.Notifications;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Infrastructure.Email;
using VirtualSchool.Portal.Infrastructure.Media;
using VirtualSchool.Portal.Infrastructure.Persistence;
using VirtualSchool.Portal.Web.Content;
using VirtualSchool.Portal.Web.Members.Persistence;

namespace VirtualSchool.Portal.Web.Members;

/// <summary>A published board meeting, read from its content node.</summary>
public sealed record BoardMeeting(PublishedContent Content, DateTime? Date, string? Term, string AcademicYear, string Status, IReadOnlyList<Guid> PaperKeys)
{
    public string Title => Content.Value("heading") ?? Content.Name;

    public string Url => "/members/board/" + Content.UrlSegment;

    /// <summary>Papers are shown once the clerk has published them.</summary>
    public bool PapersAvailable => BoardMeetingStatus.ShowsPapers(Status);
}

/// <summary>A paper of a meeting as a member sees it: title, protected download address, size and format.</summary>
public sealed record BoardPaper(Guid Key, string Title, string Url, long? Bytes, string? Extension)
{
    public string? Size => Bytes is { } bytes ? FileSizes.Format(bytes) : null;

    public string? Format => Extension?.ToUpperInvariant();
}

/// <summary>Reads board meetings from the published content.</summary>
public sealed class BoardMeetings(IPublishedContentCache cache, IPublicAccess access, MediaRepository media)
{
    public const string MeetingType = "boardMeeting";

    /// <summary>Every published meeting, by academic year (newest first) and then by date (newest first).</summary>
    public IReadOnlyList<BoardMeeting> All() =>
        cache.GetAll()
            .Where(c => string.Equals(c.ContentTypeAlias, MeetingType, StringComparison.OrdinalIgnoreCase))
            .Select(From)
            .OrderByDescending(m => m.AcademicYear, StringComparer.Ordinal)
            .ThenByDescending(m => m.Date)
            .ToList();

    public BoardMeeting? Find(string segment) =>
        All().FirstOrDefault(m => string.Equals(m.Content.UrlSegment, segment, StringComparison.OrdinalIgnoreCase));

    public static BoardMeeting From(PublishedContent content)
    {
        var date = DateTime.TryParse(content.Value("meetingDate"), CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateTime?)null;
        var year = content.Value("academicYear") ?? (date is { } when ? AcademicYearOf(when) : "");
        return new BoardMeeting(content, date, content.Value("term"), year, BoardMeetingStatus.Of(content.Value("status")) ?? BoardMeetingStatus.Scheduled,
            PropertyRenderer.MediaKeys(content.Value("papers")));
    }

    /// <summary>"2026/27" for any date from 1 September 2026 to 31 August 2027.</summary>
    public static string AcademicYearOf(DateTime date)
    {
        var start = date.Month >= 9 ? date.Year : date.Year - 1;
        return string.Create(CultureInfo.InvariantCulture, $"{start}/{(start + 1) % 100:00}");
    }

    /// <summary>The meeting's papers this reader may download, in the picker's order.</summary>
    public async Task<IReadOnlyList<BoardPaper>> PapersAsync(BoardMeeting meeting, IReadOnlyCollection<string> groups, CancellationToken cancellationToken = default)
    {
        var items = await media.GetManyAsync(meeting.PaperKeys, cancellationToken);
        return meeting.PaperKeys
            .Select(k => items.FirstOrDefault(i => i.Key == k))
            .Where(i => i is { Trashed: false, StoragePath: not null } && access.CanViewMedia(i.Key, groups))
            .Select(i => new BoardPaper(i!.Key, i.Name, ProtectedFiles.Url(i), i.Bytes, i.Extension))
            .ToList();
    }
}

/// <summary>Addresses of files served by the members area's checked download endpoint.</summary>
public static class ProtectedFiles
{
    public static string Url(MediaItem item)
    {
        var name = Path.GetFileName(item.StoragePath ?? item.Url ?? "") is { Length: > 0 } file ? file : UrlSegments.FromName(item.Name);
        return $"/members/files/{item.Key:D}/{Uri.EscapeDataString(name)}";
    }
}

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

/// <summary>Where the members area shows the document types it owns, when their content route is asked for.</summary>
public static class MembersAreaRoutes
{
    public static string? For(PublishedContent content) => content.ContentTypeAlias switch
    {
        BoardMeetings.MeetingType => "/members/board/" + content.UrlSegment,
        "boardMeetings" => "/members/board",
        "memberResources" or "memberResource" => "/members/resources",
        _ => null,
    };
}
