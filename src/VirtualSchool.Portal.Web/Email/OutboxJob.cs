using Quartz;
using VirtualSchool.Portal.Infrastructure.Email;

namespace VirtualSchool.Portal.Web.Email;

/// <summary>
/// Sends the email outbox. It runs when a save that queued mail commits (woken by <see cref="Signal"/>),
/// every minute as a safety net, and at the earliest moment a waiting message can be sent (its retry is due, or
/// the claim of the node that took it and crashed has run out).
/// </summary>
[DisallowConcurrentExecution]
public sealed class OutboxJob(OutboxDispatcher dispatcher, OutboxJob.Signal signal, TimeProvider clock) : IJob
{
    public const string Name = "email-outbox";
    private static readonly TriggerKey RetryTrigger = new(Name + "-retry");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        signal.Started();
        var result = await dispatcher.DispatchDueAsync(cancellationToken);
        context.Result = result.ToString();
        await ScheduleNextRetryAsync(context.Scheduler, cancellationToken);
    }

    private async Task ScheduleNextRetryAsync(IScheduler scheduler, CancellationToken cancellationToken)
    {
        // Not simply the earliest pending message: one claimed by a node that crashed stays pending and locked
        // until its claim runs out, and running again before then would find nothing to send, many times a second.
        var next = await dispatcher.NextSendableAtAsync(cancellationToken);
        var now = clock.GetUtcNow();
        if (next is null || next.Value > now.UtcDateTime.AddSeconds(60))
        {
            // The every-minute trigger will find it.
            return;
        }

        var at = new DateTimeOffset(DateTime.SpecifyKind(next.Value, DateTimeKind.Utc));
        var trigger = TriggerBuilder.Create()
            .WithIdentity(RetryTrigger)
            .ForJob(new JobKey(Name))
            .StartAt(at < now ? now : at)
            .Build();
        if (await scheduler.GetTrigger(RetryTrigger, cancellationToken) is null)
        {
            await scheduler.ScheduleJob(trigger, cancellationToken: cancellationToken);
        }
        else
        {
            await scheduler.RescheduleJob(RetryTrigger, trigger, cancellationToken);
        }
    }

    /// <summary>
    /// Wakes the job when mail has been queued. Wake-ups coalesce: while one run is waiting to start, more
    /// bookings add nothing, and that run sends everything queued before it starts.
    /// </summary>
    public sealed class Signal(ISchedulerFactory schedulers, ILogger<Signal> logger) : IOutboxSignal
    {
        private int _waiting;

        public void MessagesQueued()
        {
            if (Interlocked.Exchange(ref _waiting, 1) == 1)
            {
                return;
            }

            _ = WakeAsync();
        }

        internal void Started() => Interlocked.Exchange(ref _waiting, 0);

        private async Task WakeAsync()
        {
            try
            {
                var scheduler = await schedulers.GetScheduler();
                await scheduler.TriggerJob(new JobKey(Name));
            }
            catch (Exception ex)
            {
                // The every-minute trigger still sends the message.
                Interlocked.Exchange(ref _waiting, 0);
                logger.LogWarning(ex, "Could not wake the email outbox job");
            }
        }
    }
}
