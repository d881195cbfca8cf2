namespace VirtualSchool.Portal.Infrastructure.Search.Index;

/// <summary>
/// One thing a search asks for: any of <see cref="Alternatives"/>, each a run of words to find together (one word, a
/// "quoted phrase", or a synonym's phrase). Words are lower-cased as typed, before analysis.
/// </summary>
internal sealed record QueryPart(IReadOnlyList<IReadOnlyList<string>> Alternatives, bool Quoted)
{
    public static QueryPart Of(IReadOnlyList<string> words, bool quoted) => new([words], quoted);
}
