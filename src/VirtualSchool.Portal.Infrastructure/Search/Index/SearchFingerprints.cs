using VirtualSchool.Portal.Core.Search;

namespace VirtualSchool.Portal.Infrastructure.Search.Index;

/// <summary>The populators' fingerprints of one index, keyed by populator type: stored in each commit, compared at start.</summary>
internal static class SearchFingerprints
{
    public static async Task<IReadOnlyDictionary<string, string>> ComputeAsync(IEnumerable<ISearchIndexPopulator> populators, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var populator in populators)
        {
            result[Key(populator)] = await populator.FingerprintAsync(cancellationToken);
        }

        return result;
    }

    public static bool Same(IReadOnlyDictionary<string, string> stored, IReadOnlyDictionary<string, string> current) =>
        stored.Count == current.Count && current.All(p => stored.TryGetValue(p.Key, out var value) && value == p.Value);

    private static string Key(ISearchIndexPopulator populator) => populator.GetType().FullName ?? populator.GetType().Name;
}
