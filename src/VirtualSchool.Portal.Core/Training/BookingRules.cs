using VirtualSchool.Portal.Core.Email;

namespace VirtualSchool.Portal.Core.Training;

/// <summary>What a booker typed into the booking form, before it is checked.</summary>
public sealed record BookingRequest(string? Name, string? Email, string? Role, string? Organisation, string? Phone, string? Needs, bool Consent);

/// <summary>
/// What happened when someone asked for a place (the status of an <see cref="Attempt{TResult, TStatus}"/>): a
/// place (<see cref="Confirmed"/>) or a place on the waiting list (<see cref="Waiting"/>) is a booking made.
/// Not <see cref="BookingStatus"/>, which is the state a stored booking is in.
/// </summary>
public enum BookPlaceStatus
{
    Confirmed,
    Waiting,

    /// <summary>This email already has a place (or is waiting) on the session: nothing new was stored or sent.</summary>
    Duplicate,

    NotFound,
    Cancelled,
    NotYetOpen,
    Closed,
    Started,
    Invalid,
}

/// <summary>A booking made (a place or a place on the waiting list) and its manage token, which only the email carries.</summary>
public sealed record BookedPlace(Booking Booking, string Token);

/// <summary>What happened to something done to a booking through a manage link or by the coordinator.</summary>
public enum BookingChangeStatus
{
    Done,
    NotFound,
    NotAllowed,
    AlreadyDone,
    Expired,
}

/// <summary>The booking rules that do not need storage: form checks and when a session takes bookings.</summary>
public static class BookingRules
{
    public const int MaxName = 200;
    public const int MaxEmail = 254;
    public const int MaxOrganisation = 200;
    public const int MaxPhone = 30;
    public const int MaxNeeds = 1000;
    public const int MaxComments = 2000;

    /// <summary>Lower case and trimmed: the unique index is on this, so "Ann@School.test " books once.</summary>
    public static string NormaliseEmail(string email) => email.Trim().ToLowerInvariant();

    /// <summary>Checks the form; each error names the form field it belongs to (the error summary links to it).</summary>
    public static List<FormError> Validate(BookingRequest request)
    {
        var errors = new List<FormError>();
        var name = request.Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors.Add(new("name", "Enter your full name"));
        }
        else if (name.Length > MaxName)
        {
            errors.Add(new("name", $"Full name must be {MaxName} characters or fewer"));
        }

        var email = request.Email?.Trim() ?? "";
        if (email.Length == 0)
        {
            errors.Add(new("email", "Enter your email address"));
        }
        else if (DeliverableAddress.Problem(email) is { } problem)
        {
            errors.Add(new("email", problem));
        }

        var role = TrainingAudience.FromSlug(request.Role);
        if (role is null)
        {
            errors.Add(new("role", "Select your role"));
        }

        var organisation = request.Organisation?.Trim() ?? "";
        if (organisation.Length == 0 && role is not null && role != TrainingAudience.FosterCarers)
        {
            errors.Add(new("organisation", "Enter your school or organisation"));
        }
        else if (organisation.Length > MaxOrganisation)
        {
            errors.Add(new("organisation", $"School or organisation must be {MaxOrganisation} characters or fewer"));
        }

        var phone = request.Phone?.Trim() ?? "";
        if (phone.Length > 0 && (phone.Length > MaxPhone || !phone.All(c => char.IsDigit(c) || c is ' ' or '+' or '(' or ')' or '-')))
        {
            errors.Add(new("phone", "Enter a telephone number, like 01632 960 001 or +44 7700 900 982"));
        }

        if ((request.Needs?.Trim().Length ?? 0) > MaxNeeds)
        {
            errors.Add(new("needs", $"Access or dietary needs must be {MaxNeeds} characters or fewer"));
        }

        if (!request.Consent)
        {
            errors.Add(new("consent", "Confirm that you agree to us keeping your details to run the training"));
        }

        return errors;
    }

    /// <summary>When booking closes for this session: its own closing time, or the configured hours before the start.</summary>
    public static DateTime ClosesAt(TrainingSession session, double closeHoursBefore)
    {
        if (session.BookingClosesAt is { } closes)
        {
            return closes;
        }

        // A start within the hours of the calendar's first day (a stored date no form accepts) closes at its beginning.
        var before = TimeSpan.FromHours(closeHoursBefore);
        return session.StartsAt - DateTime.MinValue < before ? DateTime.MinValue : session.StartsAt - before;
    }

    /// <summary>Whether the session takes bookings now, and if not, why not.</summary>
    public static BookPlaceStatus? WhyClosed(TrainingSession session, DateTime now, double closeHoursBefore)
    {
        if (session.Status == SessionStatus.Cancelled)
        {
            return BookPlaceStatus.Cancelled;
        }

        if (session.StartsAt <= now)
        {
            return BookPlaceStatus.Started;
        }

        if (session.BookingOpensAt is { } opens && now < opens)
        {
            return BookPlaceStatus.NotYetOpen;
        }

        return now >= ClosesAt(session, closeHoursBefore) ? BookPlaceStatus.Closed : null;
    }

    /// <summary>Checks a session the coordinator is saving; each error names its form field.</summary>
    public static List<FormError> ValidateSession(TrainingSession session, int placesTaken)
    {
        var errors = new List<FormError>();
        if (session.EndsAt <= session.StartsAt)
        {
            errors.Add(new("ends", "The end time must be after the start time"));
        }

        if (session.Capacity < 1 || session.Capacity > 10_000)
        {
            errors.Add(new("capacity", "Enter a number of places between 1 and 10,000"));
        }
        else if (session.Capacity < placesTaken)
        {
            errors.Add(new("capacity", $"The number of places cannot be fewer than the {placesTaken} already booked or offered"));
        }

        if (session.Format == SessionFormat.InPerson && string.IsNullOrWhiteSpace(session.Venue))
        {
            errors.Add(new("venue", "Enter the venue"));
        }

        if (session.Format == SessionFormat.Online)
        {
            if (string.IsNullOrWhiteSpace(session.JoiningLink))
            {
                errors.Add(new("joiningLink", "Enter the joining link"));
            }
            else if (!Uri.TryCreate(session.JoiningLink.Trim(), UriKind.Absolute, out var link) || link.Scheme != Uri.UriSchemeHttps)
            {
                errors.Add(new("joiningLink", "Enter a joining link that starts with https://"));
            }
        }

        if (session.BookingOpensAt is { } opens && session.BookingClosesAt is { } closes && closes <= opens)
        {
            errors.Add(new("closes", "Booking must close after it opens"));
        }

        if (session.BookingClosesAt is { } closesAt && closesAt > session.StartsAt)
        {
            errors.Add(new("closes", "Booking must close before the session starts"));
        }

        return errors;
    }
}
