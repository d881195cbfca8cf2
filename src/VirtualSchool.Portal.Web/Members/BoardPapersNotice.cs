namespace VirtualSchool.Portal.Web.Members;

/// <summary>The record that a meeting's "papers published" email went out, so it goes once.</summary>
public sealed class BoardPapersNotice
{
    public Guid MeetingKey { get; set; }
    public DateTime SentAt { get; set; }
    public int Recipients { get; set; }
}
