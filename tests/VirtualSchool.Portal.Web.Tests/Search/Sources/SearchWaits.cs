using VirtualSchool.Portal.Core.Search;

namespace VirtualSchool.Portal.Web.Tests.Search.Sources;

/// <summary>Searches a node's index as the tests read it, waiting only for the first background build.</summary>
internal static class SearchWaits
{
    /// <summary>Waits (at most 60 seconds) until the index is built and finds the text; returns its results.</summary>
    public static async Task<SearchResults> UntilBuiltAsync(ISearcher searcher, string index, string text, SearchReader? reader = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var results = await SearchAsync(searcher, index, text, reader);
            if (results.Complete && results.Total > 0)
            {
                return results;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The {index} index was not built with \"{text}\" in a minute");
            await Task.Delay(200);
        }
    }

    /// <summary>Asks until the condition holds (at most 20 seconds), as a reader searching again would; for other nodes' changes.</summary>
    public static async Task<SearchResults> EventuallyAsync(ISearcher searcher, string index, string text, SearchReader reader, Func<SearchResults, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var results = await SearchAsync(searcher, index, text, reader);
            if (condition(results))
            {
                return results;
            }

            Assert.True(DateTime.UtcNow < deadline, $"\"{text}\" in {index} did not change as expected in 20 seconds");
            await Task.Delay(250);
        }
    }

    public static Task<SearchResults> SearchAsync(ISearcher searcher, string index, string text, SearchReader? reader = null, int pageSize = 50) =>
        searcher.SearchAsync(index, new SearchRequest { Text = text, Reader = reader ?? SearchReader.Public, PageSize = pageSize }, CancellationToken.None);
}
