using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CharFilters;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace VirtualSchool.Portal.Infrastructure.Search.Index;

/// <summary>
/// English words as both the index and the searches see them: the standard tokenizer, possessives dropped ("child's"),
/// lower case, English stop words, Porter stemming ("funded" finds "funding"; "children" finds "child"). A '+' becomes "plus" before the tokenizer
/// would drop it, so "PP+" is the one word "ppplus" rather than "pp" (the Virtual School's name for pupil premium plus).
/// </summary>
internal sealed class EnglishSearchAnalyzer : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly NormalizeCharMap PlusMap = BuildPlusMap();

    // Plurals Porter leaves alone that the Virtual School's words need ("looked-after child" finds "children").
    private static readonly StemmerOverrideFilter.StemmerOverrideMap Irregular = BuildIrregular();

    protected override TextReader InitReader(string fieldName, TextReader reader) => new MappingCharFilter(PlusMap, reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream result = new EnglishPossessiveFilter(Version, source);
        result = new LowerCaseFilter(Version, result);
        result = new StopFilter(Version, result, EnglishAnalyzer.DefaultStopSet);
        result = new StemmerOverrideFilter(result, Irregular);
        result = new PorterStemFilter(result);
        return new TokenStreamComponents(source, result);
    }

    private static StemmerOverrideFilter.StemmerOverrideMap BuildIrregular()
    {
        var builder = new StemmerOverrideFilter.Builder(ignoreCase: false);
        builder.Add("children", "child");
        builder.Add("people", "person");
        return builder.Build();
    }

    private static NormalizeCharMap BuildPlusMap()
    {
        var builder = new NormalizeCharMap.Builder();
        builder.Add("+", "plus");
        return builder.Build();
    }
}
