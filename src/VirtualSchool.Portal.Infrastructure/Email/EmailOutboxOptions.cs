namespace VirtualSchool.Portal.Infrastructure.Email;

/// <summary>The <c>Portal:Email</c> section: how the outbox retries.</summary>
public sealed class EmailOutboxOptions : System.ComponentModel.DataAnnotations.IValidatableObject
{
    /// <summary>The wait after the first failure; it doubles after each further failure.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 86400)]
    public int RetryBaseSeconds { get; set; } = 30;

    /// <summary>The longest wait between two attempts.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 604800)]
    public int RetryMaxSeconds { get; set; } = 3600;

    /// <summary>Attempts before a message is marked failed (about a day with the defaults).</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 1000)]
    public int MaxAttempts { get; set; } = 30;

    /// <summary>How often the outbox job looks for due messages when nothing wakes it.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 3600)]
    public int PollSeconds { get; set; } = 30;

    /// <summary>
    /// Sent messages, failed messages (counted from their last attempt) and the <c>.eml</c> files of the
    /// file-based sender are erased after this many days: they hold personal data.
    /// </summary>
    [System.ComponentModel.DataAnnotations.Range(1, 3650)]
    public int KeepSentDays { get; set; } = 30;

    /// <summary>
    /// The longest one send may take. A mail server that accepts the connection and then never answers would
    /// otherwise hold the outbox job, which runs one at a time, and stop all email; a send that runs out of time
    /// is a failed attempt and is retried with the back-off.
    /// </summary>
    [System.ComponentModel.DataAnnotations.Range(1, 3600)]
    public int SendTimeoutSeconds { get; set; } = 30;

    /// <summary>
    /// How long a node's claim on a message lasts. Each message is claimed again just before it is sent, so this
    /// only has to outlast one send; it is also how long the messages claimed by a node that crashed wait before
    /// another node sends them.
    /// </summary>
    [System.ComponentModel.DataAnnotations.Range(2, 3600)]
    public int ClaimSeconds { get; set; } = 60;

    public IEnumerable<System.ComponentModel.DataAnnotations.ValidationResult> Validate(System.ComponentModel.DataAnnotations.ValidationContext validationContext)
    {
        if (ClaimSeconds <= SendTimeoutSeconds)
        {
            // A claim that ran out during a slow send would let another node send the same message at once.
            yield return new($"Portal:Email:ClaimSeconds ({ClaimSeconds}) must be longer than Portal:Email:SendTimeoutSeconds ({SendTimeoutSeconds})", [nameof(ClaimSeconds)]);
        }
    }
}
