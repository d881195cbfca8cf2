using System.Collections.Concurrent;
using VirtualSchool.Portal.Core.Search;

namespace VirtualSchool.Portal.Web.Tests.Search.Public;

/// <summary>
/// An <see cref="ISearcher"/> that answers what a test scripts and remembers what it was asked, so the pages can be tested
/// apart from the engine: every address, count, filter and notice the pages draw from <see cref="SearchResults"/>.
/// </summary>
public sealed class ScriptedSearcher : ISearcher
{
    private readonly ConcurrentDictionary<string, Func<SearchRequest, SearchResults>> _answers = new(StringComparer.OrdinalIgnoreCase);

    public ConcurrentQueue<(string Index, SearchRequest Request)> Asked { get; } = new();

    /// <summary>Answers searches for this text (any case) with this, from now on.</summary>
    public void Answer(string text, Func<SearchRequest, SearchResults> answer) => _answers[text] = answer;

    public IReadOnlyList<SearchRequest> AskedFor(string text) =>
        Asked.Where(a => string.Equals(a.Request.Text, text, StringComparison.OrdinalIgnoreCase)).Select(a => a.Request).ToList();

    public Task<SearchResults> SearchAsync(string index, SearchRequest request, CancellationToken cancellationToken)
    {
        Asked.Enqueue((index, request));
        return Task.FromResult(_answers.TryGetValue(request.Text, out var answer)
            ? answer(request)
            : new SearchResults { Total = 0, Hits = [], Page = request.Page, PageSize = request.PageSize });
    }
}
