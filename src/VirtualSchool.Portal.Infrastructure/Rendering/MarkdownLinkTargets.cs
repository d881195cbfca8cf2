namespace VirtualSchool.Portal.Infrastructure.Rendering;

/// <summary>
/// How a conversion finds what a Markdown link points at: <see cref="Page"/> gives the key of the published page
/// at a site path (<c>/contact</c>), <see cref="Media"/> the key of the media item whose file is at a URL
/// (<c>/media/ab12cd34/report.docx</c>). <see cref="SiteHost"/>, when known, is the site's own host name, so a
/// full address on the site (<c>https://host/contact</c>) is treated as the path it names.
/// </summary>
public sealed record MarkdownLinkTargets(Func<string, Guid?> Page, Func<string, Guid?> Media, string? SiteHost = null)
{
    /// <summary>The site path a link names (<c>/contact</c>), or null when it names somewhere else.</summary>
    public string? SitePath(string href)
    {
        if (href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal))
        {
            return href;
        }

        return SiteHost is { Length: > 0 }
            && Uri.TryCreate(href, UriKind.Absolute, out var uri)
            && uri.Scheme is "http" or "https"
            && string.Equals(uri.Host, SiteHost, StringComparison.OrdinalIgnoreCase)
                ? uri.PathAndQuery + uri.Fragment
                : null;
    }
}
