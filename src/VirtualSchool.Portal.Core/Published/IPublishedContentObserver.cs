namespace VirtualSchool.Portal.Core.Published;

/// <summary>
/// Told of every change to the published-content cache while the cache's write lock is held, so whatever it
/// keeps beside the cache (the Delivery API's query index) changes in the same operation and never drifts.
/// Calls are serialised; an observer must be quick and must not call back into the cache's writers.
/// </summary>
public interface IPublishedContentObserver
{
    /// <summary>The cache was loaded afresh with these nodes (routed or not).</summary>
    void Reset(IEnumerable<PublishedContent> all);

    /// <summary>A node was added or replaced, or its route changed: <paramref name="content"/> is its new snapshot.</summary>
    void Updated(PublishedContent content);

    /// <summary>A node left the cache.</summary>
    void Removed(Guid key);
}
