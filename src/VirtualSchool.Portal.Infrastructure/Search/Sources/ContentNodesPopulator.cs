using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core.Search;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.Search.Sources;

/// <summary>The back office's content: every node, published or not, binned or not, with the words of its newest draft.</summary>
public sealed class ContentNodesPopulator(IDbContextFactory<PortalDbContext> contexts, ContentDocuments contents, SourceFingerprints fingerprints) : ISearchIndexPopulator
{
    private const int Page = 500;

    public string Index => SearchIndexNames.Internal;

    public Task<string> FingerprintAsync(CancellationToken cancellationToken) => fingerprints.ContentAsync(cancellationToken);

    public async IAsyncEnumerable<SearchDocument> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var lastId = 0; ;)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var rows = await db.ContentNodes.AsNoTracking()
                .Where(n => n.Id > lastId)
                .OrderBy(n => n.Id)
                .Take(Page)
                .Join(db.ContentVersions.AsNoTracking(), n => n.DraftVersionId, v => v.Id, (n, v) => new { Node = n, Draft = v })
                .ToListAsync(cancellationToken);
            if (rows.Count == 0)
            {
                yield break;
            }

            foreach (var row in rows)
            {
                yield return await contents.BuildAsync(row.Node, row.Draft, cancellationToken);
            }

            lastId = rows.Max(r => r.Node.Id);
        }
    }
}
