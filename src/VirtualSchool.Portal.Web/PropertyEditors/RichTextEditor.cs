using System.Text.Json;
using Microsoft.AspNetCore.Html;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.PropertyEditors;
using VirtualSchool.Portal.Infrastructure.Rendering;
using VirtualSchool.Portal.Web.BackOffice.Content;
using VirtualSchool.Portal.Web.Content;
using VirtualSchool.Portal.Web.DeliveryApi;

namespace VirtualSchool.Portal.Web.PropertyEditors;

/// <summary>
/// <c>Umbraco.RichText</c> (and its former alias <c>Umbraco.TinyMCE</c>): HTML, sanitised with its data type's
/// allow-list when saved and again when shown; stored as the markup or as Umbraco's <c>{ markup, blocks }</c>, with
/// links to pages and media in Umbraco's local-link form, which the page and the Delivery API resolve when they write
/// it. uSync carries the value unchanged both ways (the editor's defaults).
/// </summary>
public sealed class RichTextEditor : PropertyEditor
{
    public override string Alias => "Umbraco.RichText";

    public override IReadOnlyList<string> OtherAliases => ["Umbraco.TinyMCE"];

    public override string FormView => "RichText";

    /// <summary>The words of the markup (no tags, entities decoded, scripts and styles left out), then its blocks' words.</summary>
    public override void SearchText(string value, SearchTextWriter text)
    {
        text.Add(HtmlWords.Of(RichTextValue.Markup(value)));
        if (!value.TrimStart().StartsWith('{'))
        {
            return;
        }

        using var document = BlockEditorBase.Parse(value);
        if (document is not null && document.RootElement.ValueKind == JsonValueKind.Object
            && document.RootElement.TryGetProperty("blocks", out var blocks) && blocks.ValueKind == JsonValueKind.Object)
        {
            BlockEditorBase.AddBlocksText(blocks, text);
        }
    }

    public override ValueTask<EditorField> FieldAsync(EditorContext context, PropertyType property, DataType? dataType, string? value, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new EditorField(property, this, value, [], RichText: RichTextSettings.FromConfiguration(dataType?.Configuration)));

    public override ValueTask<EditorRead> ReadAsync(EditorField field, EditorPost post, CancellationToken cancellationToken) =>
        ValueTask.FromResult(EditorRead.Accepted(field, HtmlSanitiser.Sanitise(post.Form[field.Id].ToString(), field.RichText ?? RichTextSettings.Default)));

    /// <summary>
    /// The text as a reader sees it, one line per paragraph, heading or list item, each link followed by where it goes
    /// (the name of a picked page or file), so Compare shows words and not markup.
    /// </summary>
    public override async ValueTask<string> DescribeAsync(EditorLookups lookups, PropertyType property, string value, CancellationToken cancellationToken)
    {
        var body = HtmlSanitiser.SanitiseToBody(RichTextValue.Markup(value), RichTextSettings.Default);
        foreach (var (anchor, link) in LocalLinks.Find(body))
        {
            var name = link.IsMedia == true
                ? await lookups.MediaNamesAsync([link.Key], cancellationToken)
                : await lookups.PageNamesAsync([link.Key], cancellationToken);
            anchor.TextContent = $"{anchor.TextContent} (link to {name})";
        }

        foreach (var anchor in body.QuerySelectorAll("a[href]").Where(a => !LocalLinks.IsLocalLink(a.GetAttribute("href"))))
        {
            anchor.TextContent = $"{anchor.TextContent} (link to {anchor.GetAttribute("href")})";
        }

        foreach (var block in body.QuerySelectorAll("p, h2, h3, h4, li, blockquote, tr, br, hr"))
        {
            block.InsertBefore(body.Owner!.CreateTextNode("\n"), block.FirstChild);
        }

        var lines = body.TextContent.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
        return string.Join('\n', lines) is { Length: > 0 } text ? text : value;
    }

    public override async ValueTask<IHtmlContent> RenderAsync(PropertyRenderer page, PropertyType property, string value, CancellationToken cancellationToken) =>
        await page.RichTextAsync(value, property.DataTypeKey, cancellationToken);

    public override async ValueTask WriteJsonAsync(DeliveryJsonWriter writer, PropertyType property, string value, OutputLevel level)
    {
        JsonDocument? document = null;
        if (value.TrimStart().StartsWith('{'))
        {
            try
            {
                document = JsonDocument.Parse(value);
            }
            catch (JsonException)
            {
                document = null;
            }
        }

        using (document)
        {
            var context = writer.Context;
            var settings = RichTextSettings.FromConfiguration((await context.Schema.DataTypeAsync(property.DataTypeKey, context.CancellationToken))?.Configuration);
            var markup = await writer.RichTextMarkupAsync(RichTextValue.Markup(value), settings);
            var json = writer.Json;
            json.WriteStartObject();
            json.WriteString("markup", markup);
            json.WriteStartArray("blocks");
            if (document is not null && document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("blocks", out var blocks) && blocks.ValueKind == JsonValueKind.Object)
            {
                await new DeliveryBlockWriter(writer).WriteItemsAsync(blocks, grid: null);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }
    }
}
