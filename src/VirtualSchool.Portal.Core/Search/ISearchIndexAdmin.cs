namespace VirtualSchool.Portal.Core.Search;

/// <summary>What the search dashboard reads and does.</summary>
public interface ISearchIndexAdmin
{
    IReadOnlyList<SearchIndexStatus> Statuses();

    /// <summary>Starts a background rebuild of an index; false when one is already running, the indexes have not started yet, or the name is unknown.</summary>
    bool RequestRebuild(string index);
}
