namespace VirtualSchool.Portal.Web.BoardData;

/// <summary>Who attached a report, for the audit log and the meeting's version history.</summary>
public sealed record AttachedBy(string? Id, string? Name, string? Address);
