using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.Forms;

/// <summary>
/// Forms: read (cached until any form changes, here or on another node), created, saved with a new version, copied,
/// moved and deleted. The forms screens, the public renderer, the headless API and uSync all go through it.
/// Folders are in <see cref="FormFolders"/>.
/// </summary>
public sealed class FormStore(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, FormChanges changes, FormUploadFiles files)
{
    private readonly ConcurrentDictionary<Guid, FormDefinition?> _cache = new();
    private long _cachedVersion = -1;

    /// <summary>
    /// The current form, shared with every other reader: never change it (take <see cref="GetForEditAsync"/> for a copy
    /// to change). Null when there is no such form.
    /// </summary>
    public async Task<FormDefinition?> GetAsync(Guid key, CancellationToken cancellationToken = default)
    {
        var version = changes.Version;
        if (Interlocked.Exchange(ref _cachedVersion, version) != version)
        {
            _cache.Clear();
        }

        if (_cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var form = await GetForEditAsync(key, cancellationToken);
        if (changes.Version == version)
        {
            _cache[key] = form;
        }

        return form;
    }

    /// <summary>A fresh copy of the form from the database, to change and save.</summary>
    public async Task<FormDefinition?> GetForEditAsync(Guid key, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Forms.AsNoTracking().FirstOrDefaultAsync(f => f.Key == key, cancellationToken);
    }

    /// <summary>The form as it was at a version (the current form when that is the version asked for).</summary>
    public async Task<FormDefinition?> GetVersionAsync(Guid key, int version, CancellationToken cancellationToken = default)
    {
        var current = await GetAsync(key, cancellationToken);
        if (current?.Version == version)
        {
            return current;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var saved = await db.FormVersions.AsNoTracking().FirstOrDefaultAsync(v => v.FormKey == key && v.Version == version, cancellationToken);
        return saved is null ? null : FormJson.Deserialize(saved.Definition);
    }

    public async Task<IReadOnlyList<FormSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Forms.AsNoTracking()
            .OrderBy(f => f.Name)
            .Select(f => new FormSummary(f.Key, f.Name, f.FolderKey, f.Version, f.UpdatedAt, f.UpdatedBy))
            .ToListAsync(cancellationToken);
    }

    /// <summary>A new, empty form of one page, with the default settings and permissions.</summary>
    public async Task<FormDefinition> CreateAsync(string name, Guid? folderKey, string? user, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var form = new FormDefinition
        {
            Key = Guid.NewGuid(),
            Name = name.Trim(),
            FolderKey = folderKey,
            CreatedAt = now,
            UpdatedAt = now,
            UpdatedBy = user,
            Pages = [new FormPage { Fieldsets = [new FormFieldset()] }],
        };
        return await AddAsync(form, user, cancellationToken);
    }

    /// <summary>
    /// Saves a changed copy (from <see cref="GetForEditAsync"/>) as the next version, unless someone saved the form since
    /// that copy was read (<paramref name="form"/>'s <see cref="FormDefinition.Version"/> is the version it was read at).
    /// </summary>
    public async Task<FormSaveStatus> SaveAsync(FormDefinition form, string? user, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await db.Forms.FirstOrDefaultAsync(f => f.Key == form.Key, cancellationToken);
        if (stored is null)
        {
            return FormSaveStatus.NotFound;
        }

        if (stored.Version != form.Version)
        {
            return FormSaveStatus.Conflict;
        }

        if (SameDesign(stored, form))
        {
            return FormSaveStatus.Unchanged;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        Apply(form, stored);
        stored.Version++;
        stored.UpdatedAt = now;
        stored.UpdatedBy = user;
        db.FormVersions.Add(Snapshot(stored, now, user));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two saves of one version at once: the second's snapshot breaks the unique (form, version) index.
            if (await VersionMovedAsync(form.Key, form.Version, cancellationToken))
            {
                return FormSaveStatus.Conflict;
            }

            throw;
        }

        form.Version = stored.Version;
        form.UpdatedAt = now;
        form.UpdatedBy = user;
        await changes.ChangedAsync(form.Key);
        return FormSaveStatus.Saved;
    }

    /// <summary>
    /// For uSync: makes the stored form the given one, keeping its key (created when missing); unchanged when the design
    /// is the same, so importing the same files twice changes nothing.
    /// </summary>
    public async Task<FormSaveStatus> ImportAsync(FormDefinition incoming, string? user, CancellationToken cancellationToken = default)
    {
        var stored = await GetForEditAsync(incoming.Key, cancellationToken);
        if (stored is null)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            incoming.Version = 1;
            incoming.CreatedAt = incoming.CreatedAt == default ? now : incoming.CreatedAt;
            incoming.UpdatedAt = now;
            incoming.UpdatedBy = user;
            await AddAsync(incoming, user, cancellationToken);
            return FormSaveStatus.Saved;
        }

        incoming.Version = stored.Version;
        return await SaveAsync(incoming, user, cancellationToken);
    }

    /// <summary>A copy named "Copy of …" in the same folder, with new keys throughout (and its conditions following them).</summary>
    public async Task<FormDefinition?> CopyAsync(Guid key, string? user, CancellationToken cancellationToken = default)
    {
        var source = await GetForEditAsync(key, cancellationToken);
        if (source is null)
        {
            return null;
        }

        var copy = FormCopier.Copy(source, clock.GetUtcNow().UtcDateTime, user);
        return await AddAsync(copy, user, cancellationToken);
    }

    public async Task<bool> MoveAsync(Guid key, Guid? folderKey, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var moved = await db.Forms.Where(f => f.Key == key).ExecuteUpdateAsync(s => s.SetProperty(f => f.FolderKey, folderKey), cancellationToken);
        if (moved > 0)
        {
            await changes.ChangedAsync(key);
        }

        return moved > 0;
    }

    /// <summary>Deletes the form with its versions, entries, uploads, progress and queued workflows.</summary>
    public async Task<bool> DeleteAsync(Guid key, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var fileKeys = await db.FormEntryFiles.Where(f => f.FormKey == key).Select(f => f.Key).ToListAsync(cancellationToken);
        var deleted = await db.Forms.Where(f => f.Key == key).ExecuteDeleteAsync(cancellationToken);
        if (deleted == 0)
        {
            return false;
        }

        await db.FormVersions.Where(v => v.FormKey == key).ExecuteDeleteAsync(cancellationToken);
        await db.FormWorkflowRuns.Where(r => r.FormKey == key).ExecuteDeleteAsync(cancellationToken);
        await db.FormEntryFiles.Where(f => f.FormKey == key).ExecuteDeleteAsync(cancellationToken);
        await db.FormEntries.Where(e => e.FormKey == key).ExecuteDeleteAsync(cancellationToken);
        await db.FormProgress.Where(p => p.FormKey == key).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        foreach (var file in fileKeys)
        {
            files.Delete(file);
        }

        await changes.ChangedAsync(key);
        return true;
    }

    private async Task<FormDefinition> AddAsync(FormDefinition form, string? user, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        form.Id = 0;
        db.Forms.Add(form);
        db.FormVersions.Add(Snapshot(form, form.UpdatedAt, user));
        await db.SaveChangesAsync(cancellationToken);
        await changes.ChangedAsync(form.Key);
        return form;
    }

    private async Task<bool> VersionMovedAsync(Guid key, int version, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Forms.AnyAsync(f => f.Key == key && f.Version != version, cancellationToken);
    }

    private static FormVersion Snapshot(FormDefinition form, DateTime now, string? user) =>
        new() { FormKey = form.Key, Version = form.Version, Definition = FormJson.Serialize(form), SavedAt = now, SavedBy = user };

    private static void Apply(FormDefinition from, FormDefinition to)
    {
        to.Name = from.Name.Trim();
        to.FolderKey = from.FolderKey;
        to.Pages = from.Pages;
        to.Settings = from.Settings;
        to.Workflows = from.Workflows;
        to.Permissions = from.Permissions;
        to.Retention = from.Retention;
    }

    private static bool SameDesign(FormDefinition a, FormDefinition b)
    {
        var left = FormJson.Clone(a);
        var right = FormJson.Clone(b);
        foreach (var form in new[] { left, right })
        {
            form.Id = 0;
            form.Version = 0;
            form.CreatedAt = default;
            form.UpdatedAt = default;
            form.UpdatedBy = null;
        }

        return FormJson.Serialize(left) == FormJson.Serialize(right);
    }
}
