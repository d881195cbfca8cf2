using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core.Training;
using VirtualSchool.Portal.Infrastructure.Persistence;
using VirtualSchool.Portal.Web.BackOffice.Users;

namespace VirtualSchool.Portal.Web.BackOffice.Search;

/// <summary>
/// Bookings by the booker's name or email address (training coordinators and administrators only: it is personal
/// data), each opening its session's page, where the booking is listed. Anonymised bookings have no name to find.
/// </summary>
public sealed class BookingSearchGroup(IDbContextFactory<PortalDbContext> contexts) : IBackOfficeSearchGroup
{
    public string Key => "bookings";

    public string Title => "Bookings";

    public string Policy => BackOfficePolicies.ManageTraining;

    public async Task<BackOfficeSearchGroupResult> SearchAsync(BackOfficeSearchQuery query, CancellationToken cancellationToken)
    {
        var email = BookingRules.NormaliseEmail(query.Text);
        var name = query.Text.ToUpperInvariant();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
#pragma warning disable CA1304, CA1311, CA1862 // EF translates string.ToUpper() to SQL upper(); culture overloads do not translate.
        var matches = db.Bookings.AsNoTracking().Where(b => b.AnonymisedAt == null && (b.NormalisedEmail.Contains(email) || b.Name.ToUpper().Contains(name)))
            .Join(db.TrainingSessions, b => b.SessionId, s => s.Id, (b, s) => new { b.Id, b.Name, b.Email, b.Status, s.Key, s.StartsAt, s.EndsAt });
#pragma warning restore CA1304, CA1311, CA1862
        var total = await matches.CountAsync(cancellationToken);
        var page = await matches.OrderByDescending(m => m.StartsAt).ThenBy(m => m.Name)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(cancellationToken);
        var items = page.Select(b => new BackOfficeSearchItem(
            $"{b.Name} ({b.Email})",
            $"/umbraco/training/sessions/{b.Key}#bookings",
            "Session " + UkDates.When(b.StartsAt, b.EndsAt),
            Tag: b.Status.ToString())).ToList();
        return new BackOfficeSearchGroupResult(total, items);
    }
}
