using Microsoft.AspNetCore.Html;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Web.PropertyEditors;

namespace VirtualSchool.Portal.Web.Content;

/// <summary>
/// A property placed by a document type's own view, rendered by its data type's editor as the generic view does: so
/// a body text changed from Markdown to rich text in Settings shows as rich text at once, not as escaped markup.
/// </summary>
public sealed class PageProperties(PropertyRenderer renderer, PropertyEditorCollection editors)
{
    /// <summary>
    /// The page's value for <paramref name="alias"/> through its editor; nothing when it is empty. <paramref name="fill"/>
    /// changes the stored text first (settings quoted in the text). A value the document type no longer declares is
    /// shown as Markdown, as the views always showed it.
    /// </summary>
    public async Task<IHtmlContent> RenderAsync(PublishedContent? content, string alias, Func<string, string?>? fill = null, CancellationToken cancellationToken = default)
    {
        if (content?.Value(alias) is not { } stored)
        {
            return HtmlString.Empty;
        }

        var value = fill is null ? stored : fill(stored) ?? "";
        var property = content.ContentType.Properties.FirstOrDefault(p => string.Equals(p.Alias, alias, StringComparison.OrdinalIgnoreCase));
        return property is null
            ? PropertyRenderer.Markdown(value)
            : await editors.For(property.EditorAlias).RenderAsync(renderer, property, value, cancellationToken);
    }
}
