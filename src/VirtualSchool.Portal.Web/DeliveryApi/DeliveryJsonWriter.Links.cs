using System.Text.Json;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Core.Querying;

namespace VirtualSchool.Portal.Web.DeliveryApi;

/// <summary>Links as the Delivery API writes them (multi-URL pickers): to content, to media, or external.</summary>
public sealed partial class DeliveryJsonWriter
{

    /// <summary>One link; a link to content or media the caller may not see is dropped, not just emptied.</summary>
    public async Task WriteLinkAsync(JsonElement link)
    {
        var title = Str(link, "name") ?? Str(link, "title");
        var target = Str(link, "target");
        var query = Str(link, "queryString");
        var udi = Str(link, "udi") ?? Str(link, "unique");
        var type = Str(link, "type")?.ToLowerInvariant();
        var key = IndexedValue.KeyOf(udi);
        var isMedia = type == "media" || udi?.StartsWith("umb://media", StringComparison.OrdinalIgnoreCase) == true;
        if (key is { } k && isMedia)
        {
            var media = await context.MediaAsync([k]);
            if (!media.TryGetValue(k, out var item))
            {
                return;
            }

            WriteLink(item.Url, query, title ?? item.Name, target, k, item.MediaTypeAlias, null, "Media");
        }
        else if (key is { } contentKey)
        {
            if (Visible(contentKey) is not { } content)
            {
                return;
            }

            WriteLink(null, query, title ?? content.Name, target, contentKey, content.ContentTypeAlias, content, "Content");
        }
        else
        {
            WriteLink(Str(link, "url"), query, title, target, null, null, null, "External");
        }
    }

    private void WriteLink(string? url, string? query, string? title, string? target, Guid? id, string? type, PublishedContent? route, string linkType)
    {
        w.WriteStartObject();
        WriteNullableString("url", url);
        WriteNullableString("queryString", string.IsNullOrEmpty(query) ? null : query);
        WriteNullableString("title", title);
        WriteNullableString("target", string.IsNullOrEmpty(target) ? null : target);
        if (id is { } destination)
        {
            w.WriteString("destinationId", destination);
        }
        else
        {
            w.WriteNull("destinationId");
        }

        WriteNullableString("destinationType", type);
        w.WritePropertyName("route");
        if (route is null)
        {
            w.WriteNullValue();
        }
        else
        {
            WriteRoute(route);
        }

        w.WriteString("linkType", linkType);
        w.WriteEndObject();
    }
}
