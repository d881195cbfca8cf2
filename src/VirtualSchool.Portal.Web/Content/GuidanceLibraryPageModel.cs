using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Core.Published;

namespace VirtualSchool.Portal.Web.Content;

/// <summary>A guidance library page lists its public guidance items, filtered by <c>?audience=</c>.</summary>
public sealed class GuidanceLibraryPageModel(IPublishedContentCache cache, IPublicAccess access) : IPageModelProvider
{
    public string ContentTypeAlias => GuidanceListing.LibraryType;

    public PageModel Provide(PageModel page)
    {
        var listing = GuidanceListing.Build(page.Content, cache, page.Query.GetValueOrDefault("audience"), c => !access.IsProtected(c));
        var model = page with { Guidance = listing };
        if (listing.Error is { } error)
        {
            model.Errors.Add(new("audience", error));
        }

        return model;
    }
}
