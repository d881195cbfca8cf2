namespace VirtualSchool.Portal.Core.Training;

/// <summary>Who or what ended a booking.</summary>
public enum CancelledBy
{
    None = 0,
    Booker = 1,
    Coordinator = 2,
    SessionCancelled = 3,

    /// <summary>A waiting-list offer that was declined or not accepted in time.</summary>
    OfferLapsed = 4,
}
