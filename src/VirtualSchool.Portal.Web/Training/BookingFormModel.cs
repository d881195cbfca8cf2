using VirtualSchool.Portal.Core;
using VirtualSchool.Portal.Core.Training;

namespace VirtualSchool.Portal.Web.Training;

/// <summary>The booking form, with what was typed and what is wrong with it.</summary>
public sealed record BookingFormModel(CourseSessions Course, SessionListing Session, BookingRequest Form, IReadOnlyList<FormError> Errors)
{
    public bool Full => Session.Session.PlacesLeft == 0;

    public string? Error(string field) => Errors.FirstOrDefault(e => e.Field == field)?.Message;
}
