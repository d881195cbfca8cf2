using Microsoft.AspNetCore.Html;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.PropertyEditors;
using VirtualSchool.Portal.Infrastructure.Rendering;
using VirtualSchool.Portal.Web.Content;
using VirtualSchool.Portal.Web.DeliveryApi;

namespace VirtualSchool.Portal.Web.PropertyEditors;

/// <summary><c>Umbraco.MarkdownEditor</c>: Markdown, rendered to the site's HTML on pages and to plain HTML by the Delivery API.</summary>
public sealed class MarkdownEditor : PropertyEditor
{
    public override string Alias => "Umbraco.MarkdownEditor";

    public override string FormView => "Markdown";

    /// <summary>The words of the Markdown, without its marks.</summary>
    public override void SearchText(string value, SearchTextWriter text) => text.Add(MarkdownRenderer.ToPlainText(value));

    public override ValueTask<IHtmlContent> RenderAsync(PropertyRenderer page, PropertyType property, string value, CancellationToken cancellationToken) =>
        ValueTask.FromResult(PropertyRenderer.Markdown(value));

    public override ValueTask WriteJsonAsync(DeliveryJsonWriter writer, PropertyType property, string value, OutputLevel level)
    {
        writer.Json.WriteStringValue(MarkdownRenderer.ToHtml(value));
        return ValueTask.CompletedTask;
    }

    /// <summary>The form's preview: the Markdown as a page would show it.</summary>
    public static string Preview(string? markdown) => MarkdownRenderer.ToSiteHtml(markdown);
}
