using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Core.Search;
using VirtualSchool.Portal.Core.Training;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.Search.Sources;

/// <summary>
/// Applies one change of content, media, access or training to the indexes (run on <see cref="SearchChangeQueue"/>'s
/// loop). It remembers, per page, media item and course, what it last gave the index, so a change to the access rules
/// or the library re-indexes only what it changed, at once, and a page restricted after it was indexed leaves the
/// public results before the editor's request returns.
/// </summary>
public sealed class SearchSourceSync(
    IPublishedContentCache cache,
    IPublicAccess access,
    IContentRepository repository,
    IDbContextFactory<PortalDbContext> contexts,
    PageDocuments pages,
    ContentDocuments contents,
    MediaDocuments media,
    MediaLibrary library,
    SearchIndexedState state,
    ISearchIndexer indexer,
    IServiceProvider services,
    TimeProvider clock)
{
    private const int Batch = 200;
    private readonly ConcurrentDictionary<Guid, string> _pageAccess = state.PageAccess;
    private readonly ConcurrentDictionary<Guid, string> _media = state.Media;
    private readonly ConcurrentDictionary<Guid, string> _courses = new();
    private bool _mediaSeen;
    private bool _coursesSeen;

    /// <summary>A published page changed (or left the cache): its public document and its back-office document follow.</summary>
    public async Task PageAsync(Guid key, CancellationToken cancellationToken)
    {
        var document = cache.GetByKey(key) is { } content ? await pages.BuildAsync(content, cancellationToken) : null;
        if (document is null)
        {
            await indexer.RemoveAsync(SearchIndexNames.External, [PageDocuments.IdOf(key)], cancellationToken);
            _pageAccess.TryRemove(key, out _);
        }
        else
        {
            await indexer.IndexAsync(SearchIndexNames.External, [document], cancellationToken);
            state.Indexed(document, key);
        }

        await DraftAsync(key, cancellationToken);
    }

    /// <summary>A node's draft (or state) changed: its back-office document is read again; a node deleted for good leaves.</summary>
    public async Task DraftAsync(Guid key, CancellationToken cancellationToken)
    {
        var node = await repository.GetNodeAsync(key, cancellationToken);
        var draft = node is null ? null : await repository.GetVersionAsync(node.DraftVersionId, cancellationToken);
        if (node is null || draft is null)
        {
            await indexer.RemoveAsync(SearchIndexNames.Internal, [PageDocuments.IdOf(key)], cancellationToken);
            return;
        }

        await DraftAsync(node, draft, cancellationToken);
    }

    public async Task DraftAsync(ContentNode node, ContentVersion draft, CancellationToken cancellationToken) =>
        await indexer.IndexAsync(SearchIndexNames.Internal, [await contents.BuildAsync(node, draft, cancellationToken)], cancellationToken);

    /// <summary>
    /// The published cache was loaded afresh. Before the indexes started (start-up, a first boot's import) they hold
    /// it already or their start-up check builds them from it: only remember who may read each page. After that it
    /// is an import: both content indexes are rebuilt.
    /// </summary>
    public Task ResetAsync(bool rebuild, CancellationToken cancellationToken)
    {
        if (!rebuild)
        {
            foreach (var content in cache.GetAll().Where(PageDocuments.IsSearchable))
            {
                _pageAccess[content.Key] = Signature(access.AllowedGroups(content));
            }

            return Task.CompletedTask;
        }

        // Resolved here: the engine holds the populators, which share this node's state with the sync.
        var admin = services.GetRequiredService<ISearchIndexAdmin>();
        admin.RequestRebuild(SearchIndexNames.External);
        admin.RequestRebuild(SearchIndexNames.Internal);
        return Task.CompletedTask;
    }

    /// <summary>The access rules changed: every page and file whose readers changed is indexed again.</summary>
    public async Task AccessChangedAsync(CancellationToken cancellationToken)
    {
        var changed = cache.GetAll()
            .Where(c => PageDocuments.IsSearchable(c)
                && (!_pageAccess.TryGetValue(c.Key, out var was) || was != Signature(access.AllowedGroups(c))))
            .Select(c => c.Key)
            .ToList();
        foreach (var key in changed)
        {
            await PageAsync(key, cancellationToken);
        }

        await MediaAsync(cancellationToken);
    }

    /// <summary>
    /// The media library changed (here or on another node; the notification names no item): every item whose name, file,
    /// place or readers changed is indexed again, and items deleted for good leave. The first call only remembers.
    /// </summary>
    public async Task MediaAsync(CancellationToken cancellationToken)
    {
        var items = await library.ReadAllAsync(cancellationToken);
        var seen = _mediaSeen;
        _mediaSeen = true;
        var changed = items.Where(i => !_media.TryGetValue(i.Media.Key, out var was) || was != Signature(i)).ToList();
        var gone = _media.Keys.Except(items.Select(i => i.Media.Key)).ToList();
        foreach (var item in changed)
        {
            _media[item.Media.Key] = Signature(item);
        }

        if (!seen)
        {
            return;
        }

        foreach (var batch in changed.Chunk(Batch))
        {
            var external = batch.Select(i => (i, Doc: media.External(i.Media, i.AllowedGroups))).ToList();
            await indexer.IndexAsync(SearchIndexNames.External, external.Where(e => e.Doc is not null).Select(e => e.Doc!).ToList(), cancellationToken);
            await indexer.RemoveAsync(SearchIndexNames.External, external.Where(e => e.Doc is null).Select(e => MediaDocuments.IdOf(e.i.Media.Key)).ToList(), cancellationToken);
            await indexer.IndexAsync(SearchIndexNames.Internal, batch.Select(i => media.Internal(i.Media)).ToList(), cancellationToken);
        }

        var ids = gone.Select(MediaDocuments.IdOf).ToList();
        foreach (var key in gone)
        {
            _media.TryRemove(key, out _);
        }

        if (ids.Count > 0)
        {
            await indexer.RemoveAsync(SearchIndexNames.External, ids, cancellationToken);
            await indexer.RemoveAsync(SearchIndexNames.Internal, ids, cancellationToken);
        }
    }

    /// <summary>
    /// Courses whose upcoming sessions changed (added, edited, cancelled, or started since the last look) are indexed
    /// again. Sessions are rows any node may change, so every node looks every few seconds; the first look only remembers.
    /// </summary>
    public async Task TrainingAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        List<(Guid Course, string Signature)> courses;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var rows = await db.TrainingSessions.AsNoTracking()
                .Where(s => s.StartsAt > now && s.Status == SessionStatus.Scheduled)
                .Select(s => new { s.CourseKey, s.Key, s.UpdatedAt })
                .ToListAsync(cancellationToken);
            courses = rows.GroupBy(r => r.CourseKey)
                .Select(g => (g.Key, string.Join(',', g.OrderBy(r => r.Key).Select(r => $"{r.Key:N}{r.UpdatedAt.Ticks}"))))
                .ToList();
        }

        var seen = _coursesSeen;
        _coursesSeen = true;
        var changed = courses.Where(c => !_courses.TryGetValue(c.Course, out var was) || was != c.Signature).Select(c => c.Course)
            .Concat(_courses.Keys.Except(courses.Select(c => c.Course)))
            .ToList();
        foreach (var course in _courses.Keys.Except(courses.Select(c => c.Course)).ToList())
        {
            _courses.TryRemove(course, out _);
        }

        foreach (var (course, signature) in courses)
        {
            _courses[course] = signature;
        }

        if (!seen)
        {
            return;
        }

        foreach (var course in changed.Where(c => cache.GetByKey(c) is not null))
        {
            await PageAsync(course, cancellationToken);
        }
    }

    private static string Signature(IReadOnlySet<string>? groups) => SearchIndexedState.Signature(groups);

    private static string Signature(MediaLibrary.Item item) => SearchIndexedState.Signature(item);
}
