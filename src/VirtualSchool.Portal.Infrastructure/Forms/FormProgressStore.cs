using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.Forms;

/// <summary>
/// A visitor's answers part-way through a form, without an account: one row per (cookie, form), found by the SHA-256
/// of the cookie's random value (the value itself is never stored), kept for <c>Portal:Forms:ProgressHours</c> after
/// the last step. The uploads of the journey hang off the row (<see cref="FormEntryFile.ProgressId"/>).
/// </summary>
public sealed class FormProgressStore(IDbContextFactory<PortalDbContext> contexts, IOptions<PortalOptions> options, TimeProvider clock, FormUploadFiles files)
{
    /// <summary>The key under which a progress row keeps the steps already completed (the keys of those pages).</summary>
    public static readonly Guid CompletedSteps = Guid.Empty;

    /// <summary>SHA-256 (hex, lower case) of a cookie value.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>The visitor's progress through the form, unless it has expired.</summary>
    public async Task<FormProgress?> FindAsync(string? token, Guid formKey, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return null;
        }

        var hash = Hash(token);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.FormProgress.AsNoTracking()
            .FirstOrDefaultAsync(p => p.TokenHash == hash && p.FormKey == formKey && p.ExpiresAt > now, cancellationToken);
    }

    /// <summary>Stores the progress (a new row when it has no id), moving its expiry on.</summary>
    public async Task<FormProgress> SaveAsync(FormProgress progress, string token, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        progress.TokenHash = Hash(token);
        progress.UpdatedAt = now;
        progress.ExpiresAt = now.AddHours(options.Value.Forms.ProgressHours);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (progress.Id == 0)
        {
            // One journey per visitor and form: an expired row of an earlier journey goes first.
            await DeleteRowsAsync(db, progress.TokenHash, progress.FormKey, cancellationToken);
            db.FormProgress.Add(progress);
        }
        else
        {
            db.FormProgress.Update(progress);
        }

        await db.SaveChangesAsync(cancellationToken);
        return progress;
    }

    /// <summary>The files uploaded during the journey.</summary>
    public async Task<List<FormEntryFile>> FilesAsync(long progressId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.FormEntryFiles.AsNoTracking().Where(f => f.ProgressId == progressId).ToListAsync(cancellationToken);
    }

    /// <summary>Keeps an uploaded file for the journey (already written with <see cref="FormUploadFiles"/>).</summary>
    public async Task AddFileAsync(FormEntryFile file, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.FormEntryFiles.Add(file);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Forgets a journey's file (replaced by another upload): its row and its bytes.</summary>
    public async Task DeleteFileAsync(long progressId, Guid key, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var removed = await db.FormEntryFiles.Where(f => f.ProgressId == progressId && f.Key == key && f.EntryId == null).ExecuteDeleteAsync(cancellationToken);
        if (removed > 0)
        {
            files.Delete(key);
        }
    }

    /// <summary>Forgets a journey entirely (spam, or a fresh start): the row, its files' rows and bytes.</summary>
    public async Task DeleteAsync(string? token, Guid formKey, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(token))
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await DeleteRowsAsync(db, Hash(token), formKey, cancellationToken);
    }

    private async Task DeleteRowsAsync(PortalDbContext db, string hash, Guid formKey, CancellationToken cancellationToken)
    {
        var ids = await db.FormProgress.Where(p => p.TokenHash == hash && p.FormKey == formKey).Select(p => p.Id).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return;
        }

        var keys = await db.FormEntryFiles.Where(f => f.ProgressId != null && ids.Contains(f.ProgressId.Value) && f.EntryId == null).Select(f => f.Key).ToListAsync(cancellationToken);
        await db.FormEntryFiles.Where(f => f.ProgressId != null && ids.Contains(f.ProgressId.Value) && f.EntryId == null).ExecuteDeleteAsync(cancellationToken);
        await db.FormProgress.Where(p => ids.Contains(p.Id)).ExecuteDeleteAsync(cancellationToken);
        foreach (var key in keys)
        {
            files.Delete(key);
        }
    }
}
