using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.Forms;

/// <summary>
/// Erases answers part-way through a form once they expire (<c>Portal:Forms:ProgressHours</c> after the last step),
/// with the files uploaded on their pages, and upload files that belong to nothing: a row with neither entry nor
/// progress, or a file in <c>form-uploads/</c> with no row, once older than the progress period (so a file being
/// stored as a step is saved is never taken).
/// </summary>
public sealed class FormProgressPurge(IDbContextFactory<PortalDbContext> contexts, FormUploadFiles files, PortalLocations locations, IOptions<PortalOptions> options, TimeProvider clock)
{
    public async Task<FormProgressPurgeResult> PurgeAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var orphanBefore = now.AddHours(-options.Value.Forms.ProgressHours);
        List<Guid> fileKeys;
        int progress;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var expired = db.FormProgress.Where(p => p.ExpiresAt < now).Select(p => p.Id);
            var orphans = db.FormEntryFiles.Where(f =>
                (f.ProgressId != null && expired.Contains(f.ProgressId.Value))
                || (f.EntryId == null && f.ProgressId != null && !db.FormProgress.Any(p => p.Id == f.ProgressId))
                || (f.EntryId == null && f.ProgressId == null && f.CreatedAt < orphanBefore)
                || (f.EntryId != null && !db.FormEntries.Any(e => e.Id == f.EntryId)));
            fileKeys = await orphans.Select(f => f.Key).ToListAsync(cancellationToken);
            await orphans.ExecuteDeleteAsync(cancellationToken);
            progress = await db.FormProgress.Where(p => p.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        foreach (var key in fileKeys)
        {
            files.Delete(key);
        }

        return new FormProgressPurgeResult(progress, fileKeys.Count + await EraseUnknownFilesAsync(orphanBefore, cancellationToken));
    }

    /// <summary>Files in the uploads folder that no row names (a store that failed half-way), once old enough.</summary>
    private async Task<int> EraseUnknownFilesAsync(DateTime before, CancellationToken cancellationToken)
    {
        var folder = new DirectoryInfo(Path.Combine(locations.DataPath, "form-uploads"));
        if (!folder.Exists)
        {
            return 0;
        }

        var old = folder.EnumerateFiles().Where(f => f.LastWriteTimeUtc < before).ToList();
        if (old.Count == 0)
        {
            return 0;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var erased = 0;
        foreach (var slice in old.Chunk(500))
        {
            var keys = slice.Select(f => Guid.TryParseExact(Path.GetFileNameWithoutExtension(f.Name), "N", out var key) ? key : Guid.Empty).ToList();
            var known = (await db.FormEntryFiles.Where(f => keys.Contains(f.Key)).Select(f => f.Key).ToListAsync(cancellationToken)).ToHashSet();
            foreach (var file in slice.Where((f, i) => !known.Contains(keys[i])))
            {
                try
                {
                    file.Delete();
                    erased++;
                }
                catch (IOException)
                {
                    // Another node erased it first, or it is in use: the next pass tries again.
                }
            }
        }

        return erased;
    }
}
