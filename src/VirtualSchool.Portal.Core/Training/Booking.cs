namespace VirtualSchool.Portal.Core.Training;

/// <summary>
/// A place on a session, or a place on its waiting list. One per email address per session (a unique index on
/// <see cref="SessionId"/> and <see cref="NormalisedEmail"/>). The manage link's token is stored only as its
/// SHA-256 hash. After the retention period the personal fields are erased and <see cref="AnonymisedAt"/> set;
/// the row stays, so the counts stay.
/// </summary>
public sealed class Booking
{
    public long Id { get; set; }
    public int SessionId { get; set; }
    public string Name { get; set; } = "";
    public string Email { get; set; } = "";
    public string NormalisedEmail { get; set; } = "";

    /// <summary>The booker's role: a <see cref="TrainingAudience"/> slug.</summary>
    public string Role { get; set; } = "";

    public string? Organisation { get; set; }
    public string? Phone { get; set; }
    public string? Needs { get; set; }
    public DateTime ConsentedAt { get; set; }

    public BookingStatus Status { get; set; }
    public CancelledBy CancelledBy { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>Orders the waiting list: first come, first offered.</summary>
    public DateTime? WaitingSince { get; set; }

    public DateTime? OfferExpiresAt { get; set; }
    public DateTime? ConfirmedAt { get; set; }
    public DateTime? CancelledAt { get; set; }

    /// <summary>SHA-256 of the manage link's token (hex); null once revoked by anonymisation.</summary>
    public string? TokenHash { get; set; }

    /// <summary>
    /// The hash of the link sent before <see cref="TokenHash"/>'s, still honoured: an offer or a repeated booking
    /// sends a new link, and the one the person already holds must not stop working under them. Cleared when a
    /// link is withdrawn on purpose (a coordinator's new link, the evaluation link, anonymisation).
    /// </summary>
    public string? PreviousTokenHash { get; set; }

    /// <summary>
    /// The site address the booking was made through (scheme and host), for the links in later emails when
    /// <c>Portal:Training:PublicUrl</c> is not set. Each booking keeps its own, so a request with a forged Host
    /// header can only ever affect the links sent to whoever made it.
    /// </summary>
    public string? SiteUrl { get; set; }

    /// <summary>The register: null until the coordinator marks it.</summary>
    public bool? Attended { get; set; }

    public DateTime? RemindedAt { get; set; }
    public DateTime? EvaluationSentAt { get; set; }
    public int? Rating { get; set; }
    public string? EvaluationComments { get; set; }
    public DateTime? EvaluatedAt { get; set; }
    public DateTime? AnonymisedAt { get; set; }
}
