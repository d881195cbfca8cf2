using VirtualSchool.Portal.Core.Training;

namespace VirtualSchool.Portal.Web.Training;

/// <summary>A session as readers see it in a list: when, where, and whether they can book.</summary>
public sealed record SessionListing(TrainingSession Session, BookingOutcome? Closed, DateTime ClosesAt);
