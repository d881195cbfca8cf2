namespace VirtualSchool.Portal.Web.Content;

/// <summary>
/// What one document type's view needs beyond <see cref="PageModel"/>, registered by the feature that owns the
/// document type, so the content controller never names a document type.
/// </summary>
public interface IPageModelProvider
{
    /// <summary>The document type whose pages this provider fills in.</summary>
    string ContentTypeAlias { get; }

    /// <summary>The page's model with what the view needs; a problem with the request goes in <see cref="PageModel.Errors"/> (a 400).</summary>
    PageModel Provide(PageModel page);
}
