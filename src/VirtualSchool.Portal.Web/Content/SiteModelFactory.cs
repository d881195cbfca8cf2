using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Infrastructure.Access;

namespace VirtualSchool.Portal.Web.Content;

/// <summary>
/// Builds the layout's model from published content. Pages hidden from the main navigation (such as the
/// accessibility statement and privacy notice) are listed in the footer instead; error pages in neither.
/// Protected pages are in neither, for anyone: the layout is cached with public pages, so navigation is the
/// same for every reader (members reach their pages from the members area).
/// </summary>
public sealed class SiteModelFactory(IPublishedContentCache cache, IPublicAccess access, PublicAccessRules rules)
{
    // One immutable snapshot, swapped by reference: readers on many threads never see a torn mix of
    // one version's number and another's model.
    private sealed record Snapshot(long Version, long RulesVersion, Guid? Root, SiteModel Model);

    private Snapshot? _last;

    public SiteModel Create(PublishedContent? current)
    {
        var root = current is null ? cache.GetByRoute("/") : cache.GetSiteRoot(current.Key);
        var version = cache.Version;
        var rulesVersion = rules.Version;
        var snapshot = _last;
        SiteModel site;
        if (snapshot is not null && snapshot.Version == version && snapshot.RulesVersion == rulesVersion && snapshot.Root == root?.Key)
        {
            site = snapshot.Model;
        }
        else
        {
            site = Build(root);
            // The version read before building: a publish during the build leaves this snapshot already stale.
            _last = new Snapshot(version, rulesVersion, root?.Key, site);
        }

        if (current is null)
        {
            return site;
        }

        var ancestors = cache.GetAncestors(current.Key).Select(a => a.Key).Append(current.Key).ToHashSet();
        return site with
        {
            Navigation = site.Navigation.Select(l => l with { IsCurrent = l.Url != "/" && ancestors.Contains(KeyOf(l.Url)) }).ToList(),
        };
    }

    private Guid KeyOf(string url) => cache.GetByRoute(url)?.Key ?? Guid.Empty;

    private SiteModel Build(PublishedContent? root)
    {
        if (root is null)
        {
            return new SiteModel("Virtual School", null, null, [], [], null);
        }

        var children = cache.GetChildren(root.Key).Where(c => !c.ContentType.IsElement && !IsErrorPage(c) && !access.IsProtected(c)).ToList();
        return new SiteModel(
            root.Value("serviceName") ?? root.Name,
            root.Value("organisationName"),
            root.Key,
            children.Where(c => !c.IsTrue("umbracoNaviHide")).Select(c => new NavigationLink(c.Value("navigationTitle") ?? c.Name, c.Route!)).ToList(),
            children.Where(c => c.IsTrue("umbracoNaviHide")).Select(c => new NavigationLink(c.Name, c.Route!)).ToList(),
            root.Value("footerText"));
    }

    public static bool IsErrorPage(PublishedContent content) =>
        string.Equals(content.ContentTypeAlias, "errorPage", StringComparison.OrdinalIgnoreCase);

    public IReadOnlyList<NavigationLink> Breadcrumbs(PublishedContent current)
    {
        var site = cache.GetSiteRoot(current.Key);
        if (site is null || site.Key == current.Key)
        {
            return [];
        }

        return cache.GetAncestors(current.Key)
            .SkipWhile(a => a.Key != site.Key)
            .Where(a => a.Route is not null)
            .Select(a => new NavigationLink(a.Key == site.Key ? "Home" : a.Name, a.Route!))
            .ToList();
    }
}
