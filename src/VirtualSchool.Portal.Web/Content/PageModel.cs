using VirtualSchool.Portal.Core;
using VirtualSchool.Portal.Core.Published;

namespace VirtualSchool.Portal.Web.Content;

/// <summary>A link in the header navigation, the footer or the breadcrumbs.</summary>
public sealed record NavigationLink(string Text, string Url, bool IsCurrent = false);

/// <summary>The state of the "Is this page useful?" component on this request.</summary>
public sealed record FeedbackState(Guid PageKey, string Path, string? Token = null, bool Thanked = false, string? CommentError = null, string? Comment = null);

/// <summary>The model of a rendered content page.</summary>
public sealed record PageModel(
    PublishedContent Content,
    SiteModel Site,
    IReadOnlyList<NavigationLink> Breadcrumbs,
    FeedbackState? Feedback,
    IReadOnlyDictionary<string, string?> Query)
{
    /// <summary>Problems with the request (such as an unknown filter) shown in an error summary, with a 400.</summary>
    public List<FormError> Errors { get; } = [];

    /// <summary>A draft shown to staff from the back office: the layout says so, and it is never cached.</summary>
    public bool IsPreview { get; init; }

    /// <summary>Set on a guidance library page.</summary>
    public GuidanceListing? Guidance { get; init; }

    public string Heading => Content.Value("heading") ?? Content.Name;

    public string Title
    {
        get
        {
            var title = Content.Value("pageTitle") ?? Heading;
            // The home page is the service: its heading already names it.
            return Content.Key == Site.RootKey ? title : Site.TitleFor(title);
        }
    }

    public string? MetaDescription => Content.Value("metaDescription") ?? Content.Value("summary");
}
