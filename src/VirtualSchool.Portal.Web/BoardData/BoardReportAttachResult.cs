namespace VirtualSchool.Portal.Web.BoardData;

/// <summary>What attaching a term's report to a meeting came to: done (with the meeting's name), or why not, in words.</summary>
public sealed record BoardReportAttachResult(bool Succeeded, string Message);
