using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Core.Training;
using VirtualSchool.Portal.Infrastructure.Persistence;
using VirtualSchool.Portal.Infrastructure.Training;
using VirtualSchool.Portal.Web.BackOffice.Users;

namespace VirtualSchool.Portal.Web.BackOffice.Search;

/// <summary>
/// Training sessions (training coordinators and administrators) by their course's title, venue or address, from the
/// database: the coordinator's screens read the same rows, so a session found here is never out of date.
/// </summary>
public sealed class TrainingSessionSearchGroup(IDbContextFactory<PortalDbContext> contexts, IPublishedContentCache cache) : IBackOfficeSearchGroup
{
    public string Key => "sessions";

    public string Title => "Training sessions";

    public string Policy => BackOfficePolicies.ManageTraining;

    public async Task<BackOfficeSearchGroupResult> SearchAsync(BackOfficeSearchQuery query, CancellationToken cancellationToken)
    {
        var courses = Courses();
        var matchingCourses = courses.Where(c => c.Value.Contains(query.Text, StringComparison.OrdinalIgnoreCase)).Select(c => c.Key).ToList();
        var text = query.Text.ToUpperInvariant();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
#pragma warning disable CA1304, CA1311, CA1862 // EF translates string.ToUpper() to SQL upper(); culture overloads do not translate.
        var matches = db.TrainingSessions.AsNoTracking().Where(s => matchingCourses.Contains(s.CourseKey)
            || (s.Venue != null && s.Venue.ToUpper().Contains(text)) || (s.Address != null && s.Address.ToUpper().Contains(text)));
#pragma warning restore CA1304, CA1311, CA1862
        var total = await matches.CountAsync(cancellationToken);
        var page = await matches.OrderByDescending(s => s.StartsAt)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(cancellationToken);
        var items = page.Select(s => new BackOfficeSearchItem(
            $"{courses.GetValueOrDefault(s.CourseKey, "(course removed)")}, {UkDates.When(s.StartsAt, s.EndsAt)}",
            $"/umbraco/training/sessions/{s.Key}",
            s.Format == SessionFormat.Online ? "Online" : string.Join(", ", new[] { s.Venue, s.Address }.Where(p => !string.IsNullOrWhiteSpace(p))),
            Tag: s.Status == SessionStatus.Cancelled ? "Cancelled" : null)).ToList();
        return new BackOfficeSearchGroupResult(total, items);
    }

    /// <summary>Every course page's title by key (a few dozen at most), as the coordinator's screens name them.</summary>
    private Dictionary<Guid, string> Courses() =>
        cache.GetByRoute(Web.Training.TrainingController.ListingRoute) is { } listing
            ? cache.GetChildren(listing.Key)
                .Where(c => string.Equals(c.ContentTypeAlias, TrainingSeeder.CourseType, StringComparison.OrdinalIgnoreCase))
                .ToDictionary(c => c.Key, c => c.Value("title") ?? c.Name)
            : [];
}
