using VirtualSchool.Portal.Core.Search;

namespace VirtualSchool.Portal.Web.Tests.Search.BackOffice;

/// <summary>
/// The node's index admin with a test's hand on it: it answers as the engine does until a test sets
/// <see cref="Statuses"/>, so a rebuild's progress can be shown at a known point, and it records rebuilds asked for.
/// </summary>
public sealed class ControllableIndexAdmin(ISearchIndexAdmin? engine) : ISearchIndexAdmin
{
    private readonly List<string> _requested = [];

    /// <summary>When set, what <see cref="ISearchIndexAdmin.Statuses"/> answers instead of the engine.</summary>
    public Func<IReadOnlyList<SearchIndexStatus>>? Override { get; set; }

    /// <summary>When set, what <see cref="ISearchIndexAdmin.RequestRebuild"/> answers (the engine is not asked).</summary>
    public bool? RebuildAnswer { get; set; }

    public IReadOnlyList<string> Requested
    {
        get
        {
            lock (_requested)
            {
                return [.. _requested];
            }
        }
    }

    public IReadOnlyList<SearchIndexStatus> Statuses() =>
        Override?.Invoke() ?? engine?.Statuses() ?? [.. SearchIndexNames.All.Select(n => Status(n, SearchIndexHealth.Missing, 0))];

    public bool Started => engine?.Started ?? true;

    public bool RequestRebuild(string index)
    {
        lock (_requested)
        {
            _requested.Add(index);
        }

        return RebuildAnswer ?? engine?.RequestRebuild(index) ?? true;
    }

    public static SearchIndexStatus Status(string name, SearchIndexHealth health, int count, int done = 0, int? total = null) => new()
    {
        Name = name,
        Health = health,
        DocumentCount = count,
        Path = "search/test/" + name,
        LastUpdated = new DateTime(2026, 12, 1, 10, 30, 0, DateTimeKind.Utc),
        RebuildDone = done,
        RebuildTotal = total,
    };
}
