using System.Runtime.CompilerServices;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Html;
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Core.Media;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Infrastructure.Media;
using VirtualSchool.Portal.Infrastructure.Rendering;
using VirtualSchool.Portal.Web.DeliveryApi;

namespace VirtualSchool.Portal.Web.Content;

/// <summary>
/// Rich text as the site's pages show it: sanitised again with its data type's allow-list, local links resolved
/// (a page to its current route, a document to its file with its size and format as the Local Offer page shows
/// them), links to what not every reader may see unwrapped to their text, and GOV.UK Frontend's classes added.
/// Pages are cached for every reader, so only what an anonymous reader may see is ever linked.
/// </summary>
public sealed class RichTextRenderer(
    IPublishedContentCache cache, IPublicAccess access, MediaRepository media, MediaChanges mediaChanges, DeliverySchema schema)
{
    // A rendering depends on the value, its data type's settings and what its links point at: kept beside the
    // published value's string (and gone with it), and used only while the published content, the public access
    // rules and the media library are as they were when it was made.
    private sealed record Rendered(long Content, long Rules, long Media, RichTextSettings Settings, HtmlString Html);

    private static readonly ConditionalWeakTable<string, Rendered> Memo = new();

    /// <summary>A stored value (markup, or Umbraco's <c>{ markup, blocks }</c>) of a property of the given data type.</summary>
    public async Task<IHtmlContent> RenderAsync(string? value, Guid? dataTypeKey, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return HtmlString.Empty;
        }

        var settings = dataTypeKey is { } key
            ? RichTextSettings.FromConfiguration((await schema.DataTypeAsync(key, cancellationToken))?.Configuration)
            : RichTextSettings.Default;
        var (content, rules, mediaVersion) = (cache.Version, access.Version, mediaChanges.Version);
        if (Memo.TryGetValue(value, out var kept) && kept.Content == content && kept.Rules == rules && kept.Media == mediaVersion && kept.Settings == settings)
        {
            return kept.Html;
        }

        var html = await RenderMarkupAsync(RichTextValue.Markup(value), settings, cancellationToken);
        Memo.AddOrUpdate(value, new Rendered(content, rules, mediaVersion, settings, html));
        return html;
    }

    /// <summary>Markup (not a stored value) with a data type's settings, for rich text inside blocks.</summary>
    public async Task<HtmlString> RenderMarkupAsync(string? markup, RichTextSettings settings, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(markup))
        {
            return HtmlString.Empty;
        }

        var body = HtmlSanitiser.SanitiseToBody(markup, settings);
        var links = LocalLinks.Find(body);
        var mediaKeys = links.Where(l => l.Link.IsMedia != false).Select(l => l.Link.Key).Distinct().ToList();
        var files = (await media.GetManyAsync(mediaKeys, cancellationToken)).ToDictionary(m => m.Key);
        foreach (var (anchor, link) in links)
        {
            // type="document"/"media" says what the key is to editors and the Delivery API; on a page it would be
            // read as the link's MIME type.
            anchor.RemoveAttribute("type");
            if (link.IsMedia != true && cache.GetByKey(link.Key) is { Route: { } route } page && !access.IsProtected(page))
            {
                anchor.SetAttribute("href", route + link.Suffix);
            }
            else if (link.IsMedia != false && files.GetValueOrDefault(link.Key) is { IsFolder: false, Url: { } url } file
                && access.AllowedMediaGroups(file.Key) is null)
            {
                anchor.SetAttribute("href", url + link.Suffix);
                AppendFileMeta(anchor, new MediaLink(file.Name, url, file.Bytes, file.Extension));
            }
            else
            {
                LocalLinks.Unwrap(anchor);
            }
        }

        // A block's place in the markup means something to the Delivery API's clients; the site has no view for it.
        foreach (var block in body.QuerySelectorAll("umb-rte-block, umb-rte-block-inline").ToList())
        {
            block.Remove();
        }

        GovukClasses.Add(body);
        return new HtmlString(HtmlSanitiser.Serialise(body));
    }

    // After the link: " Size: 57.61 KB File format: docx", in the Local Offer page's app-file-meta items.
    private static void AppendFileMeta(IElement anchor, MediaLink file)
    {
        var items = FileMeta.Items(file);
        if (items.Count == 0)
        {
            return;
        }

        var document = anchor.Owner!;
        var meta = document.CreateElement("span");
        meta.SetAttribute("class", "app-file-meta");
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                meta.AppendChild(document.CreateTextNode(" "));
            }

            var item = document.CreateElement("span");
            item.SetAttribute("class", "app-file-meta__item");
            item.TextContent = items[i];
            meta.AppendChild(item);
        }

        anchor.Parent!.InsertBefore(document.CreateTextNode(" "), anchor.NextSibling);
        anchor.Parent!.InsertBefore(meta, anchor.NextSibling!.NextSibling);
    }
}
