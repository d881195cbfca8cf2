using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace FormsBench;

/// <summary>
/// Entries written straight into the database in batches (no workflows queued), spread over a year and the three
/// states, with answers for every field of the form as the public journey stores them.
/// </summary>
public static class EntrySeeder
{
    private const int Batch = 5_000;

    public static async Task SeedAsync(IDbContextFactory<PortalDbContext> contexts, FormDefinition form, int count)
    {
        var now = DateTime.UtcNow;
        var fields = form.AllFields.ToList();
        for (var start = 0; start < count; start += Batch)
        {
            await using var db = await contexts.CreateDbContextAsync();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = start; i < Math.Min(count, start + Batch); i++)
            {
                var created = now.AddMinutes(-(i * 5.25)); // 100,000 entries over a year
                var values = fields.ToDictionary(f => f.Key, f => Answer(f, i));
                db.FormEntries.Add(new FormEntry
                {
                    Key = Guid.NewGuid(),
                    FormKey = form.Key,
                    FormVersion = form.Version,
                    State = (i % 10) switch { 0 => FormEntryState.Rejected, < 4 => FormEntryState.Submitted, _ => FormEntryState.Approved },
                    CreatedAt = created,
                    UpdatedAt = created,
                    Values = values,
                    SearchText = string.Join(' ', fields.Where(f => !f.Sensitive).SelectMany(f => values[f.Key])).ToLowerInvariant(),
                });
            }

            await db.SaveChangesAsync();
        }
    }

    private static List<string> Answer(FormField field, int i)
    {
        if (field.PreValues.Count > 0)
        {
            return [field.PreValues[i % field.PreValues.Count].Value];
        }

        return field.FieldTypeId == FieldTypeIds.DataConsent || field.FieldTypeId == FieldTypeIds.Checkbox ? ["on"]
            : field.FieldTypeId == FieldTypeIds.LongAnswer ? [$"Seeded message {i}: a question for the designated teachers' team about a PEP."]
            : field.FieldTypeId == FieldTypeIds.Date ? ["2021-06-14"]
            : field.Setting("FieldType") == "email" ? [$"bench-{i}@example.org"]
            : field.Setting("FieldType") == "tel" ? ["01632 960 001"]
            : [$"Seeded person {i}"];
    }
}
