using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace VirtualSchool.Portal.Infrastructure.Search.Index;

/// <summary>Keeps only words made of letters: numbers, codes and dates are never offered as spellings.</summary>
internal sealed class LettersOnlyFilter : FilteringTokenFilter
{
    private readonly ICharTermAttribute _term;

    public LettersOnlyFilter(TokenStream input)
        : base(EnglishSearchAnalyzer.Version, input) => _term = AddAttribute<ICharTermAttribute>();

    protected override bool Accept()
    {
        var buffer = _term.Buffer;
        for (var i = 0; i < _term.Length; i++)
        {
            if (!char.IsLetter(buffer[i]))
            {
                return false;
            }
        }

        return true;
    }
}
