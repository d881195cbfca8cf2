namespace VirtualSchool.Portal.Core.Search;

public enum SearchIndexHealth
{
    Healthy = 0,
    /// <summary>Being built or rebuilt in the background; searches answer from what is there.</summary>
    Rebuilding = 1,
    /// <summary>Not on disk yet (before its first build).</summary>
    Missing = 2,
    /// <summary>Could not be opened or read; a rebuild has been asked for.</summary>
    Corrupt = 3,
    /// <summary>Another process holds the index folder's lock: this process cannot write it.</summary>
    Locked = 4,
}
