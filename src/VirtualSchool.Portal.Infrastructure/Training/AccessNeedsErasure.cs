using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.Training;

/// <summary>
/// Erases the access and dietary needs a booker gave (health data, needed only to run the session)
/// <c>Portal:Training:NeedsRetentionDays</c> after their session ends. The rest of the booking is kept for the
/// longer <c>RetentionMonths</c>.
/// </summary>
public sealed class AccessNeedsErasure(IDbContextFactory<PortalDbContext> factory, IOptions<PortalOptions> options, TimeProvider clock)
{
    /// <summary>Returns how many bookings had their needs erased.</summary>
    public async Task<int> EraseAsync(CancellationToken cancellationToken = default)
    {
        var before = clock.GetUtcNow().UtcDateTime.AddDays(-options.Value.Training.NeedsRetentionDays);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var ended = db.TrainingSessions.Where(s => s.EndsAt < before).Select(s => s.Id);
        return await db.Bookings
            .Where(b => b.Needs != null && ended.Contains(b.SessionId))
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Needs, (string?)null), cancellationToken);
    }
}
