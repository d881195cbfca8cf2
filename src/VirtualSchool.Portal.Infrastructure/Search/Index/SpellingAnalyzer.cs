using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;

namespace VirtualSchool.Portal.Infrastructure.Search.Index;

/// <summary>
/// The words "did you mean" may offer: whole words as written, lower case, no stemming (a suggestion must be a word a
/// reader would type), letters only and at least three of them.
/// </summary>
internal sealed class SpellingAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(EnglishSearchAnalyzer.Version, reader);
        TokenStream result = new LowerCaseFilter(EnglishSearchAnalyzer.Version, source);
        result = new LengthFilter(EnglishSearchAnalyzer.Version, result, 3, 40);
        result = new LettersOnlyFilter(result);
        return new TokenStreamComponents(source, result);
    }
}
