using VirtualSchool.Portal.Core.Content;

namespace VirtualSchool.Portal.Web.BackOffice.Content;

public sealed record ContentScheduleViewModel(ContentNode Node, IReadOnlyList<ContentSchedule> Entries, ScheduleInput Publish, ScheduleInput Unpublish);
