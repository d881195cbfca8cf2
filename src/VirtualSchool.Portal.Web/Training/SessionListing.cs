using VirtualSchool.Portal.Core;
using VirtualSchool.Portal.Core.Training;

namespace VirtualSchool.Portal.Web.Training;

/// <summary>A session as readers see it in a list: when, where, and whether they can book.</summary>
public sealed record SessionListing(TrainingSession Session, BookPlaceStatus? Closed, DateTime ClosesAt);
