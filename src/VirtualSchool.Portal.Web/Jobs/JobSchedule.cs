using Quartz;
using VirtualSchool.Portal.Core;

namespace VirtualSchool.Portal.Web.Jobs;

/// <summary>
/// When a portal job runs, and the name its trigger is stored under (the suffix after the job's name). Trigger
/// names are kept in the persistent scheduler store, so a job's must not change once released.
/// </summary>
public sealed record JobSchedule(string TriggerSuffix, Action<ITriggerConfigurator<IJob>> Apply)
{
    /// <summary>Once a day at the given UK time (so it does not move an hour when the clocks change).</summary>
    public static JobSchedule DailyUk(int hour, int minute) =>
        new("daily", t => t.WithCronSchedule($"0 {minute} {hour} * * ?", c => c.InTimeZone(UkTime.Zone)));

    /// <summary>On a Quartz cron expression, in the server's time zone.</summary>
    public static JobSchedule Cron(string expression, string triggerSuffix) =>
        new(triggerSuffix, t => t.WithCronSchedule(expression));

    /// <summary>Repeatedly, the interval after the scheduler starts.</summary>
    public static JobSchedule Every(TimeSpan interval, string triggerSuffix) =>
        new(triggerSuffix, t => t.WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever()));
}
