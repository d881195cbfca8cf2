namespace VirtualSchool.Portal.Core.Search;

/// <summary>What the search dashboard reads and does.</summary>
public interface ISearchIndexAdmin
{
    IReadOnlyList<SearchIndexStatus> Statuses();

    /// <summary>
    /// Whether the indexes are open and have been checked against their sources. Before that, nothing needs a rebuild
    /// asked for: the start-up check rebuilds whatever is missing or behind what is loaded by then.
    /// </summary>
    bool Started { get; }

    /// <summary>Starts a background rebuild of an index; false when one is already running, the indexes have not started yet, or the name is unknown.</summary>
    bool RequestRebuild(string index);
}
