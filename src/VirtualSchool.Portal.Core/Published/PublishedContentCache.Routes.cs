using System.Collections.Concurrent;
using VirtualSchool.Portal.Core.Content;

namespace VirtualSchool.Portal.Core.Published;

/// <summary>
/// Routes: each node claims the path its ancestors' segments give it; when two claim one path, a domain root
/// wins, then the shallower node, then the first in sort order. A rename or move recomputes only that branch
/// (under the write lock).
/// </summary>
public sealed partial class PublishedContentCache
{
    private void RecomputeAllRoutes(List<RouteChange> changes)
    {
        foreach (var root in ChildrenOf(Guid.Empty))
        {
            RecomputeRoutes(root.Key, changes);
        }

        // Domain roots deeper in the tree are reached through their ancestors above.
    }

    private void RecomputeRoutes(Guid key, List<RouteChange> changes)
    {
        if (!_byKey.TryGetValue(key, out var item))
        {
            return;
        }

        SetRoute(item, ComputeRoute(item), changes);
        foreach (var child in ChildrenOf(key))
        {
            RecomputeRoutes(child.Key, changes);
        }
    }

    private string? ComputeRoute(PublishedContent item)
    {
        if (_domainRoots.Contains(item.Key))
        {
            return "/";
        }

        if (item.ParentKey is not { } parentKey)
        {
            var roots = ChildrenOf(Guid.Empty);
            return roots.Count > 0 && roots[0].Key == item.Key ? "/" : "/" + item.UrlSegment;
        }

        if (!_byKey.TryGetValue(parentKey, out var parent))
        {
            return null;
        }

        // Only the route a parent actually holds counts: a parent that lost its path to a sibling passes none
        // on. The exception is a top-level node that lost "/" (to a domain root below it): its own segment is
        // hidden from paths, so its children still hang off "/", as in Umbraco.
        var parentRoute = parent.Route ?? (parent.ParentKey is null && ClaimedRoute(parent) == "/" ? "/" : null);
        if (parentRoute is null)
        {
            return null;
        }

        return (parentRoute == "/" ? "" : parentRoute) + "/" + item.UrlSegment;
    }

    /// <summary>The route a node computes for itself, whether or not it won the path.</summary>
    private string? ClaimedRoute(PublishedContent item) => _claimOf.GetValueOrDefault(item.Key);

    private void SetRoute(PublishedContent item, string? route, List<RouteChange> changes)
    {
        var oldClaim = ClaimedRoute(item);
        if (string.Equals(oldClaim, route, StringComparison.OrdinalIgnoreCase))
        {
            // Same claim: only who holds the path may need settling. Never let go of the claim here, or a
            // rival would win it for a moment and set off a tug of war between the two.
            if (route is null)
            {
                UpdateVisibleRoute(item.Key, null, changes);
            }
            else
            {
                ResolveClaim(route, changes, item.Key);
            }

            return;
        }

        if (oldClaim is not null && _claims.TryGetValue(oldClaim, out var oldList))
        {
            oldList.Remove(item.Key);
            _claimOf.Remove(item.Key);
            if (oldList.Count == 0)
            {
                _claims.Remove(oldClaim);
            }

            ResolveClaim(oldClaim, changes, item.Key);
        }

        if (route is not null)
        {
            if (!_claims.TryGetValue(route, out var list))
            {
                _claims[route] = list = [];
            }

            list.Add(item.Key);
            _claimOf[item.Key] = route;
            ResolveClaim(route, changes, item.Key);
        }
        else
        {
            UpdateVisibleRoute(item.Key, null, changes);
        }
    }

    private Guid? Winner(List<Guid> claimants) =>
        claimants
            .Select(k => _byKey.GetValueOrDefault(k))
            .Where(c => c is not null)
            .OrderByDescending(c => _domainRoots.Contains(c!.Key))
            .ThenBy(c => c!.Level)
            .ThenBy(c => c!.SortOrder)
            .Select(c => (Guid?)c!.Key)
            .FirstOrDefault();

    /// <summary>
    /// Gives a contested path to its winner. A node other than <paramref name="current"/> (whose children its
    /// caller walks anyway) that gains or loses the path has its children's routes worked out again.
    /// </summary>
    private void ResolveClaim(string route, List<RouteChange> changes, Guid current)
    {
        if (!_claims.TryGetValue(route, out var claimants) || Winner(claimants) is not { } winner)
        {
            _byRoute.TryRemove(route, out _);
            return;
        }

        _byRoute[route] = winner;
        foreach (var claimant in claimants.ToList())
        {
            if (UpdateVisibleRoute(claimant, claimant == winner ? route : null, changes) && claimant != current)
            {
                foreach (var child in ChildrenOf(claimant))
                {
                    RecomputeRoutes(child.Key, changes);
                }
            }
        }
    }

    private bool UpdateVisibleRoute(Guid key, string? route, List<RouteChange> changes)
    {
        if (!_byKey.TryGetValue(key, out var current) || current.Route == route)
        {
            return false;
        }

        var updated = current with { Route = route };
        _byKey[key] = updated;
        if (current.Route is not null && _byRoute.TryGetValue(current.Route, out var owner) && owner == key && route != current.Route)
        {
            _byRoute.TryRemove(current.Route, out _);
        }

        changes.Add(new RouteChange(key, current.Route, route));
        return true;
    }
}
