using VirtualSchool.Portal.Core.Training;

namespace VirtualSchool.Portal.Core.Tests.Training;

[Trait("Category", "Unit")]
public sealed class BookingRulesTests
{
    private static BookingRequest Valid(string role = "designated-teachers", string? organisation = "Anytown School") =>
        new("Ann Example", "ann@school.test", role, organisation, null, null, Consent: true);

    [Fact]
    public void A_complete_form_has_no_errors_and_foster_carers_need_no_organisation()
    {
        Assert.Empty(BookingRules.Validate(Valid()));
        Assert.Empty(BookingRules.Validate(Valid("foster-carers", null)));
        Assert.Equal(["organisation"], BookingRules.Validate(Valid("governors", " ")).Select(e => e.Field));
    }

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("a@b")]
    [InlineData("a b@school.test")]
    [InlineData("ann@@school.test")]
    [InlineData("Ann <ann@school.test>")]
    public void Invalid_email_addresses_are_refused(string email) =>
        Assert.Equal(["email"], BookingRules.Validate(Valid() with { Email = email }).Select(e => e.Field));

    [Fact]
    public void Missing_consent_an_unknown_role_and_a_bad_phone_are_refused()
    {
        var errors = BookingRules.Validate(Valid() with { Consent = false, Role = "wizards", Phone = "call me" }).Select(e => e.Field).ToList();
        Assert.Equal(["role", "phone", "consent"], errors);
    }

    [Fact]
    public void Emails_are_normalised_so_that_one_address_books_once() =>
        Assert.Equal("ann@school.test", BookingRules.NormaliseEmail("  Ann@School.TEST "));

    [Fact]
    public void A_session_takes_bookings_until_the_configured_hours_before_it_starts()
    {
        var now = new DateTime(2027, 3, 1, 12, 0, 0, DateTimeKind.Utc);
        var session = new TrainingSession { StartsAt = now.AddHours(30), EndsAt = now.AddHours(33), Capacity = 10 };
        Assert.Null(BookingRules.WhyClosed(session, now, 24));
        Assert.Equal(BookPlaceStatus.Closed, BookingRules.WhyClosed(session, now, 48));
        session.BookingClosesAt = now.AddHours(-1);
        Assert.Equal(BookPlaceStatus.Closed, BookingRules.WhyClosed(session, now, 24));
        session.BookingClosesAt = null;
        session.BookingOpensAt = now.AddHours(1);
        Assert.Equal(BookPlaceStatus.NotYetOpen, BookingRules.WhyClosed(session, now, 24));
        session.Status = SessionStatus.Cancelled;
        Assert.Equal(BookPlaceStatus.Cancelled, BookingRules.WhyClosed(session, now, 24));
        Assert.Equal(BookPlaceStatus.Started, BookingRules.WhyClosed(new TrainingSession { StartsAt = now.AddMinutes(-1) }, now, 0));
    }

    [Fact]
    public void Audiences_are_known_by_their_filter_slug_and_their_stored_label()
    {
        Assert.Equal(["designated-teachers", "governors", "social-care", "foster-carers", "other"], TrainingAudience.All.Select(a => a.Slug));
        Assert.Same(TrainingAudience.FosterCarers, TrainingAudience.FromLabel("foster carers"));
        Assert.Null(TrainingAudience.FromSlug("wizards"));
    }

    [Fact]
    public void UK_times_read_as_people_say_them() =>
        Assert.Equal("Monday 15 March 2027, 9:30am to 12pm", UkDates.When(new DateTime(2027, 3, 15, 9, 30, 0, DateTimeKind.Utc), new DateTime(2027, 3, 15, 12, 0, 0, DateTimeKind.Utc)));
}
