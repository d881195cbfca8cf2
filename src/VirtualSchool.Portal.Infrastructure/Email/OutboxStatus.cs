namespace VirtualSchool.Portal.Infrastructure.Email;

public enum OutboxStatus
{
    /// <summary>Waiting to be sent (first try or a retry after a failure).</summary>
    Pending = 0,

    Sent = 1,

    /// <summary>Gave up after the configured number of attempts; an administrator can send it again.</summary>
    Failed = 2,
}
