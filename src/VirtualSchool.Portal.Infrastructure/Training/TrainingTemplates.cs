namespace VirtualSchool.Portal.Infrastructure.Training;

/// <summary>The training emails' templates (in the web project's <c>Training/EmailTemplates/</c>).</summary>
public static class TrainingTemplates
{
    public const string Confirmed = "training-confirmed";
    public const string Waiting = "training-waiting";
    public const string Offer = "training-offer";
    public const string OfferLapsed = "training-offer-lapsed";
    public const string Cancelled = "training-cancelled";
    public const string CancelledByCoordinator = "training-cancelled-by-coordinator";
    public const string SessionCancelled = "training-session-cancelled";
    public const string Reminder = "training-reminder";
    public const string Evaluation = "training-evaluation";
    public const string NewLink = "training-new-link";
    public const string AlreadyBooked = "training-already-booked";
    public const string SessionChanged = "training-session-changed";
}
