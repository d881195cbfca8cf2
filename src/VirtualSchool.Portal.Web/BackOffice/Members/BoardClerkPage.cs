namespace VirtualSchool.Portal.Web.BackOffice.Members;

public sealed record BoardClerkPage(IReadOnlyList<MeetingRow> Rows, bool CanCompare);
