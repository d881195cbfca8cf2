namespace VirtualSchool.Portal.Web.Content;

/// <summary>
/// Completes a page's model with what its document type's view needs (its <see cref="IPageModelProvider"/>), in one
/// place for the published page and the back office's preview alike, so a preview is never missing what the view reads.
/// </summary>
public sealed class PageModels(IEnumerable<IPageModelProvider> providers)
{
    private readonly IReadOnlyList<IPageModelProvider> _providers = providers.ToList();

    public PageModel Complete(PageModel page) =>
        _providers.FirstOrDefault(p => string.Equals(p.ContentTypeAlias, page.Content.ContentTypeAlias, StringComparison.OrdinalIgnoreCase)) is { } provider
            ? provider.Provide(page)
            : page;
}
