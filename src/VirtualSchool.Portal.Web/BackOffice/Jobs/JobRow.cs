using VirtualSchool.Portal.Infrastructure.Jobs;

namespace VirtualSchool.Portal.Web.BackOffice.Jobs;

public sealed record JobRow(string Group, string Name, string? Description, JobRunEntry? LastRun, DateTime? NextRunUtc);
