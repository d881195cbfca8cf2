using VirtualSchool.Portal.Core.Training;

namespace VirtualSchool.Portal.Web.BackOffice.Members;

/// <summary>A meeting's draft that differs from what readers see: who saved it, when, and the fields it changes.</summary>
public sealed record PendingMeetingChanges(string? Author, DateTime SavedAt, IReadOnlyList<string> Fields, long PublishedVersionId, long DraftVersionId)
{
    public string SavedAtText => UkDates.DateTimeText(SavedAt);
}
