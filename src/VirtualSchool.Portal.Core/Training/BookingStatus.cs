namespace VirtualSchool.Portal.Core.Training;

public enum BookingStatus
{
    Confirmed = 0,
    Waiting = 1,

    /// <summary>Offered a place from the waiting list; the place is held until <see cref="Booking.OfferExpiresAt"/>.</summary>
    Offered = 2,

    Cancelled = 3,
}
