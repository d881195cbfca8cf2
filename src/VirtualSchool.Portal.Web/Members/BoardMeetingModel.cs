namespace VirtualSchool.Portal.Web.Members;

public sealed record BoardMeetingModel(BoardMeeting Meeting, IReadOnlyList<BoardPaper> Papers);
