using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.Forms;

/// <summary>The folders forms live in, as in Umbraco Forms' tree.</summary>
public sealed class FormFolders(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    public async Task<IReadOnlyList<FormFolder>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.FormFolders.AsNoTracking().OrderBy(f => f.Name).ToListAsync(cancellationToken);
    }

    public async Task<FormFolder?> GetAsync(Guid key, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.FormFolders.AsNoTracking().FirstOrDefaultAsync(f => f.Key == key, cancellationToken);
    }

    public async Task<FormFolder> CreateAsync(string name, Guid? parentKey, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var folder = new FormFolder { Key = Guid.NewGuid(), Name = name.Trim(), ParentKey = parentKey, CreatedAt = clock.GetUtcNow().UtcDateTime };
        db.FormFolders.Add(folder);
        await db.SaveChangesAsync(cancellationToken);
        return folder;
    }

    /// <summary>For uSync: a folder with a known key and name, created when missing.</summary>
    public async Task<FormFolder> EnsureAsync(Guid key, string name, Guid? parentKey, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var folder = await db.FormFolders.FirstOrDefaultAsync(f => f.Key == key, cancellationToken);
        if (folder is null)
        {
            folder = new FormFolder { Key = key, Name = name.Trim(), ParentKey = parentKey, CreatedAt = clock.GetUtcNow().UtcDateTime };
            db.FormFolders.Add(folder);
        }
        else
        {
            folder.Name = name.Trim();
            folder.ParentKey = parentKey;
        }

        await db.SaveChangesAsync(cancellationToken);
        return folder;
    }

    public async Task<bool> RenameAsync(Guid key, string name, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.FormFolders.Where(f => f.Key == key).ExecuteUpdateAsync(s => s.SetProperty(f => f.Name, name.Trim()), cancellationToken) > 0;
    }

    /// <summary>Deletes an empty folder; false when it holds forms or folders (or does not exist).</summary>
    public async Task<bool> DeleteAsync(Guid key, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Forms.AnyAsync(f => f.FolderKey == key, cancellationToken) || await db.FormFolders.AnyAsync(f => f.ParentKey == key, cancellationToken))
        {
            return false;
        }

        return await db.FormFolders.Where(f => f.Key == key).ExecuteDeleteAsync(cancellationToken) > 0;
    }
}
