using VirtualSchool.Portal.Core.Published;

namespace VirtualSchool.Portal.Web.Members;

/// <summary>A published board meeting, read from its content node.</summary>
public sealed record BoardMeeting(PublishedContent Content, DateTime? Date, string? Term, string AcademicYear, string Status, IReadOnlyList<Guid> PaperKeys)
{
    public string Title => Content.Value("heading") ?? Content.Name;

    public string Url => "/members/board/" + Content.UrlSegment;

    /// <summary>Papers are shown once the clerk has published them.</summary>
    public bool PapersAvailable => BoardMeetingStatus.ShowsPapers(Status);
}
