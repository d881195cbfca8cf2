namespace VirtualSchool.Portal.Web.Training;

/// <summary>The page after a booking form is sent: the link to the booking is in the email.</summary>
public sealed record CheckEmailModel(CourseSessions Course, SessionListing Session, bool Waiting, double OfferHours);
