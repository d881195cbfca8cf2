using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;

namespace VirtualSchool.Portal.Infrastructure.Search.Index;

/// <summary>The analyzers, shared (Lucene's analyzers are safe to share: each thread gets its own token streams).</summary>
internal static class SearchAnalysis
{
    public static Analyzer English { get; } = new EnglishSearchAnalyzer();

    /// <summary>What the writer uses: English for every field but the spelling words.</summary>
    public static Analyzer Index { get; } = new PerFieldAnalyzerWrapper(
        English,
        new Dictionary<string, Analyzer> { [SearchFields.Spelling] = new SpellingAnalyzer() });
}
