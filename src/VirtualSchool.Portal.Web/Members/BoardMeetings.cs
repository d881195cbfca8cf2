using System.Globalization;
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Infrastructure.Media;
using VirtualSchool.Portal.Web.Content;

namespace VirtualSchool.Portal.Web.Members;

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
