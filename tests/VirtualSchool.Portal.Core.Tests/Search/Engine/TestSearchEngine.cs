using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Core.Search;
using VirtualSchool.Portal.Core.Tests.TestSupport;
using VirtualSchool.Portal.Infrastructure;
using VirtualSchool.Portal.Infrastructure.Search.Index;

namespace VirtualSchool.Portal.Core.Tests.Search.Engine;

/// <summary>A search engine on its own temp folder, with synonyms and populators given by the test.</summary>
public sealed class TestSearchEngine : IDisposable
{
    private readonly TempFolder? _ownFolder;

    public TestSearchEngine(string? folder = null, IEnumerable<SynonymGroup>? synonyms = null, IEnumerable<ISearchIndexPopulator>? populators = null)
    {
        if (folder is null)
        {
            _ownFolder = TempFolder.Create("search");
            folder = _ownFolder.Path;
        }

        Folder = folder;
        var options = Options.Create(new PortalOptions { Search = { IndexPath = folder } });
        Synonyms = new FixedSynonyms([.. synonyms ?? []]);
        Engine = new SearchEngine(options, new PortalLocations(folder, folder), populators ?? [], NullLogger<SearchEngine>.Instance);
        Searcher = new LuceneSearcher(Engine, Synonyms, NullLogger<LuceneSearcher>.Instance);
    }

    public string Folder { get; }
    public SearchEngine Engine { get; }
    public LuceneSearcher Searcher { get; }
    public FixedSynonyms Synonyms { get; }

    public Task IndexAsync(params SearchDocument[] documents) =>
        Engine.IndexAsync(SearchIndexNames.External, documents, CancellationToken.None);

    public Task<SearchResults> SearchAsync(string text, SearchReader? reader = null) =>
        SearchAsync(new SearchRequest { Text = text, Reader = reader ?? SearchReader.Public });

    public Task<SearchResults> SearchAsync(SearchRequest request) =>
        Searcher.SearchAsync(SearchIndexNames.External, request, CancellationToken.None);

    public static SearchDocument Page(string key, string title, string text, SearchKind kind = SearchKind.Page) =>
        new() { Id = "content:" + key, Kind = kind, Title = title, Text = text, Url = "/" + key };

    public void Dispose()
    {
        Engine.Dispose();
        _ownFolder?.Dispose();
    }

    public sealed class FixedSynonyms(List<SynonymGroup> groups) : ISearchSynonyms
    {
        private IReadOnlyList<SynonymGroup> _groups = groups;

        public void Set(params string[][] groups) =>
            _groups = groups.Select((terms, i) => new SynonymGroup { Id = i + 1, Terms = [.. terms] }).ToList();

        public ValueTask<IReadOnlyList<SynonymGroup>> GroupsAsync(CancellationToken cancellationToken) => ValueTask.FromResult(_groups);
    }
}
