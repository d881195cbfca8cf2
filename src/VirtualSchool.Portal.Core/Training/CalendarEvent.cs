namespace VirtualSchool.Portal.Core.Training;

/// <summary>An event to put in a calendar file. Times are UTC; the file states them in Europe/London.</summary>
public sealed record CalendarEvent(
    string Uid,
    DateTime StartsAtUtc,
    DateTime EndsAtUtc,
    string Summary,
    string? Description,
    string? Location,
    string? Url,
    DateTime StampUtc,
    bool Cancelled = false,
    int Sequence = 0);
