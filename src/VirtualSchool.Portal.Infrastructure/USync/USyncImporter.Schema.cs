using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Media;
using VirtualSchool.Portal.Infrastructure.Content;
using VirtualSchool.Portal.Infrastructure.Media;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.USync;

/// <summary>Data types and document, media and member types.</summary>
public sealed partial class USyncImporter
{
    private async Task<USyncItemResult> ImportDataTypeAsync(USyncDataType item, DryRun? plan, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var incoming = item.DataType;
        var existing = await db.DataTypes.SingleOrDefaultAsync(d => d.Key == item.Key, cancellationToken);
        if (existing is null)
        {
            if (plan is not null)
            {
                return Result(item, USyncChange.Created);
            }

            incoming.UpdateDate = clock.GetUtcNow().UtcDateTime;
            db.DataTypes.Add(incoming);
            await db.SaveChangesAsync(cancellationToken);
            return Result(item, USyncChange.Created);
        }

        if (existing.Name == incoming.Name && existing.EditorAlias == incoming.EditorAlias && existing.EditorUiAlias == incoming.EditorUiAlias
            && existing.DatabaseType == incoming.DatabaseType && existing.Folder == incoming.Folder && SameJson(existing.Configuration, incoming.Configuration))
        {
            return Result(item, USyncChange.Unchanged);
        }

        if (plan is not null)
        {
            return Result(item, USyncChange.Updated);
        }

        existing.Name = incoming.Name;
        existing.EditorAlias = incoming.EditorAlias;
        existing.EditorUiAlias = incoming.EditorUiAlias;
        existing.DatabaseType = incoming.DatabaseType;
        existing.Folder = incoming.Folder;
        existing.Configuration = incoming.Configuration;
        existing.UpdateDate = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return Result(item, USyncChange.Updated);
    }

    private async Task<USyncItemResult> ImportContentTypeAsync(USyncContentType item, DryRun? plan, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var incoming = item.ContentType;
        var clash = await db.ContentTypes.AnyAsync(t => t.Kind == incoming.Kind && t.Alias == incoming.Alias && t.Key != incoming.Key, cancellationToken);
        if (clash)
        {
            return Result(item, USyncChange.Failed, $"another {incoming.Kind.ToString().ToLowerInvariant()} type already has the alias '{incoming.Alias}'");
        }

        var existing = await db.ContentTypes.SingleOrDefaultAsync(t => t.Key == item.Key, cancellationToken);
        if (plan is not null)
        {
            if (incoming.Kind == ContentTypeKind.Document)
            {
                plan.DocumentTypes.Add(incoming.Alias);
            }

            return Result(item, existing is null ? USyncChange.Created : Fingerprint(existing) == Fingerprint(incoming) ? USyncChange.Unchanged : USyncChange.Updated);
        }

        if (existing is null)
        {
            incoming.UpdateDate = clock.GetUtcNow().UtcDateTime;
            db.ContentTypes.Add(incoming);
            await db.SaveChangesAsync(cancellationToken);
            return Result(item, USyncChange.Created);
        }

        if (Fingerprint(existing) == Fingerprint(incoming))
        {
            return Result(item, USyncChange.Unchanged);
        }

        db.Entry(existing).CurrentValues.SetValues(incoming);
        existing.AllowedChildren = incoming.AllowedChildren;
        existing.Compositions = incoming.Compositions;
        existing.Groups = incoming.Groups;
        existing.Properties = incoming.Properties;
        existing.UpdateDate = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return Result(item, USyncChange.Updated);
    }

    private static string Fingerprint(ContentType type) => JsonSerializer.Serialize(
        new { type.Kind, type.Alias, type.Name, type.Icon, type.Description, type.AllowAtRoot, type.IsElement, type.Folder, type.AllowedChildren, type.Compositions, type.Groups, type.Properties },
        Json);
}
