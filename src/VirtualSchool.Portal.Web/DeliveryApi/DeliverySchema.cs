using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Web.DeliveryApi;

/// <summary>
/// The schema the Delivery API needs beyond published snapshots: element types of blocks (by key, with
/// compositions merged), document types for drafts (by alias), media types (by alias, kept apart since a media
/// type may share an alias with a document type), and data type configurations. Reloaded when the
/// published content changes or after a minute, whichever comes first, since a schema change comes with a publish.
/// </summary>
public sealed class DeliverySchema(
    IDbContextFactory<PortalDbContext> contexts, IPublishedContentCache cache, TimeProvider clock, PropertyEditors.PropertyEditorCollection editors) : IDisposable
{
    private sealed record Snapshot(
        long Version,
        DateTimeOffset LoadedAt,
        IReadOnlyDictionary<Guid, ContentType> ByKey,
        IReadOnlyDictionary<string, ContentType> ByAlias,
        IReadOnlyDictionary<string, ContentType> MediaByAlias,
        IReadOnlyDictionary<Guid, DataType> DataTypes);

    private Snapshot? _snapshot;
    private readonly SemaphoreSlim _loading = new(1, 1);

    public void Dispose() => _loading.Dispose();

    /// <summary>The property editors, which write each value.</summary>
    public PropertyEditors.PropertyEditorCollection Editors => editors;

    public async Task<ContentType?> ElementTypeAsync(Guid key, CancellationToken cancellationToken) =>
        (await GetAsync(cancellationToken)).ByKey.GetValueOrDefault(key);

    public async Task<ContentType?> DocumentTypeAsync(string alias, CancellationToken cancellationToken) =>
        (await GetAsync(cancellationToken)).ByAlias.GetValueOrDefault(alias);

    /// <summary>A media type with its compositions merged, so media properties are converted by their editors.</summary>
    public async Task<ContentType?> MediaTypeAsync(string alias, CancellationToken cancellationToken) =>
        (await GetAsync(cancellationToken)).MediaByAlias.GetValueOrDefault(alias);

    public async Task<DataType?> DataTypeAsync(Guid key, CancellationToken cancellationToken) =>
        (await GetAsync(cancellationToken)).DataTypes.GetValueOrDefault(key);

    private async Task<Snapshot> GetAsync(CancellationToken cancellationToken)
    {
        var current = _snapshot;
        if (current is not null && current.Version == cache.Version && clock.GetUtcNow() - current.LoadedAt < TimeSpan.FromMinutes(1))
        {
            return current;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            current = _snapshot;
            if (current is not null && current.Version == cache.Version && clock.GetUtcNow() - current.LoadedAt < TimeSpan.FromMinutes(1))
            {
                return current;
            }

            var version = cache.Version;
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var types = await db.ContentTypes.AsNoTracking().ToListAsync(cancellationToken);
            var dataTypes = await db.DataTypes.AsNoTracking().ToListAsync(cancellationToken);
            var byAlias = types.Where(t => t.Kind != ContentTypeKind.Member).ByAlias();
            var composed = byAlias.Values.Select(t => ContentTypeComposer.Compose(t, byAlias)).ToList();
            var mediaByAlias = types.Where(t => t.Kind == ContentTypeKind.Media).ByAlias();
            _snapshot = current = new Snapshot(
                version,
                clock.GetUtcNow(),
                composed.GroupBy(t => t.Key).ToDictionary(g => g.Key, g => g.First()),
                composed.ToDictionary(t => t.Alias, StringComparer.OrdinalIgnoreCase),
                mediaByAlias.Values.Select(t => ContentTypeComposer.Compose(t, mediaByAlias)).ToDictionary(t => t.Alias, StringComparer.OrdinalIgnoreCase),
                dataTypes.GroupBy(d => d.Key).ToDictionary(g => g.Key, g => g.First()));
            return current;
        }
        finally
        {
            _loading.Release();
        }
    }
}
