using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.Forms;

/// <summary>
/// Keeps each form's retention promise (<see cref="FormRetention"/>, the privacy notice quotes it): entries older than
/// their state's period, counted from their last change, are deleted with their uploads and workflow runs. Entries of a
/// form that no longer exists go after the configured default.
/// </summary>
public sealed class FormRetentionPurge(IDbContextFactory<PortalDbContext> contexts, FormEntries entries, IOptions<PortalOptions> options, TimeProvider clock)
{
    private const int Batch = 2000;

    public async Task<int> PurgeAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var defaultDays = options.Value.Forms.RetentionDays;
        List<FormDefinition> forms;
        List<Guid> formKeysWithEntries;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            forms = await db.Forms.AsNoTracking().ToListAsync(cancellationToken);
            formKeysWithEntries = await db.FormEntries.Select(e => e.FormKey).Distinct().ToListAsync(cancellationToken);
        }

        var retention = forms.ToDictionary(f => f.Key, f => f.Retention);
        var erased = 0;
        foreach (var formKey in formKeysWithEntries)
        {
            var kept = retention.GetValueOrDefault(formKey) ?? new FormRetention();
            foreach (var state in Enum.GetValues<FormEntryState>())
            {
                var before = now.AddDays(-kept.DaysFor(state, defaultDays));
                erased += await PurgeAsync(formKey, state, before, cancellationToken);
            }
        }

        return erased;
    }

    private async Task<int> PurgeAsync(Guid formKey, FormEntryState state, DateTime before, CancellationToken cancellationToken)
    {
        var erased = 0;
        while (true)
        {
            List<long> ids;
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                // The (form, state, updated) index serves this.
                ids = await db.FormEntries.Where(e => e.FormKey == formKey && e.State == state && e.UpdatedAt < before)
                    .Select(e => e.Id).Take(Batch).ToListAsync(cancellationToken);
            }

            if (ids.Count == 0)
            {
                return erased;
            }

            erased += await entries.DeleteByIdsAsync(ids, cancellationToken);
        }
    }
}
