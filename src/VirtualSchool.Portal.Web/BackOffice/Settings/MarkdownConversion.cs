using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Infrastructure;
using VirtualSchool.Portal.Infrastructure.Persistence;
using VirtualSchool.Portal.Infrastructure.Rendering;
using VirtualSchool.Portal.Web.PropertyEditors;

namespace VirtualSchool.Portal.Web.BackOffice.Settings;

/// <summary>
/// Reads what changing a Markdown property to rich text would do (<see cref="PlanAsync"/>): the pages with a value,
/// their Markdown and the rich text it becomes. <see cref="MarkdownConversionRun"/> carries it out.
/// </summary>
public sealed class MarkdownConversion(
    IDbContextFactory<PortalDbContext> contexts, IPublishedContentCache cache, PropertyEditorCollection editors, ISiteAddress site)
{
    /// <summary>Whether a property's editor is the Markdown editor, so it may be converted.</summary>
    public bool IsMarkdown(PropertyType property) => editors.For(property.EditorAlias) is MarkdownEditor;

    /// <summary>Whether a data type is edited as rich text, so Markdown may be converted to it.</summary>
    public bool IsRichText(DataType dataType) => editors.For(dataType.EditorAlias) is RichTextEditor;

    public async Task<IReadOnlyList<DataType>> RichTextDataTypesAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var all = await db.DataTypes.AsNoTracking().ToListAsync(cancellationToken);
        return [.. all.Where(IsRichText).OrderBy(d => d.Name, StringComparer.OrdinalIgnoreCase)];
    }

    public async Task<Attempt<MarkdownConversionPlan, MarkdownConversionStatus>> PlanAsync(
        string typeAlias, string propertyAlias, Guid dataTypeKey, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var types = await db.ContentTypes.AsNoTracking().Where(t => t.Kind == ContentTypeKind.Document).ToListAsync(cancellationToken);
        var type = types.FirstOrDefault(t => string.Equals(t.Alias, typeAlias, StringComparison.OrdinalIgnoreCase));
        var property = type?.Properties.FirstOrDefault(p => string.Equals(p.Alias, propertyAlias, StringComparison.OrdinalIgnoreCase));
        if (type is null || property is null)
        {
            return new(MarkdownConversionStatus.PropertyNotFound, Message: "There is no such property on that document type.");
        }

        if (!IsMarkdown(property))
        {
            return new(MarkdownConversionStatus.NotMarkdown, Message: $"{property.Name} is not a Markdown property, so there is nothing to convert.");
        }

        var dataType = await db.DataTypes.AsNoTracking().SingleOrDefaultAsync(d => d.Key == dataTypeKey, cancellationToken);
        if (dataType is null || !IsRichText(dataType))
        {
            return new(MarkdownConversionStatus.NotRichText, Message: "Choose a rich-text data type.");
        }

        var users = UsersOf(property.Key, types);
        var nodes = await db.ContentNodes.AsNoTracking().Where(n => users.Contains(n.ContentTypeAlias)).OrderBy(n => n.Level).ThenBy(n => n.SortOrder).ToListAsync(cancellationToken);
        var versionIds = nodes.Select(n => n.DraftVersionId).Concat(nodes.Where(n => n.PublishedVersionId is not null).Select(n => n.PublishedVersionId!.Value)).ToHashSet();
        var versions = await db.ContentVersions.AsNoTracking().Where(v => versionIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, cancellationToken);
        var targets = await TargetsAsync(db, cancellationToken);

        var pages = new List<MarkdownConversionPage>();
        foreach (var node in nodes)
        {
            var draft = ValueOf(versions.GetValueOrDefault(node.DraftVersionId), property.Alias);
            var published = node.PublishedVersionId is { } id && id != node.DraftVersionId ? ValueOf(versions.GetValueOrDefault(id), property.Alias) : null;
            if (string.IsNullOrWhiteSpace(draft) && string.IsNullOrWhiteSpace(published))
            {
                continue;
            }

            pages.Add(new MarkdownConversionPage(
                node.Key, node.Name, node.PublishedVersionId is not null, node.Trashed,
                Convert(draft, targets), published is null ? null : Convert(published, targets)));
        }

        return new(MarkdownConversionStatus.Success, new MarkdownConversionPlan(type, property, dataType, pages, Fingerprint(dataType, nodes)));
    }

    /// <summary>The aliases of the document types whose pages carry a property: the type declaring it and every type composed of it.</summary>
    public static HashSet<string> UsersOf(Guid propertyKey, IReadOnlyList<ContentType> types)
    {
        var byAlias = types.ByAlias();
        return types
            .Where(t => ContentTypeComposer.Compose(t, byAlias).Properties.Any(p => p.Key == propertyKey))
            .Select(t => t.Alias)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    private static string? ValueOf(ContentVersion? version, string alias) =>
        version is not null && version.Properties.TryGetValue(alias, out var value) ? value : null;

    private static MarkdownConversionValue Convert(string? markdown, MarkdownLinkTargets targets)
    {
        var converted = MarkdownToRichText.Convert(markdown, targets);
        return new MarkdownConversionValue(markdown ?? "", converted.Html, converted.LinksKeptAsText);
    }

    /// <summary>Pages by their published route; media files by their URL (read once, as a conversion may link hundreds).</summary>
    private async Task<MarkdownLinkTargets> TargetsAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var files = await db.MediaItems.AsNoTracking().Where(m => m.Url != null && !m.Trashed).Select(m => new { m.Url, m.Key }).ToListAsync(cancellationToken);
        var media = files.GroupBy(f => f.Url!, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Key, StringComparer.OrdinalIgnoreCase);
        var host = Uri.TryCreate(site.BaseUrl, UriKind.Absolute, out var baseUri) ? baseUri.Host : null;
        return new MarkdownLinkTargets(
            path => cache.GetByRoute(path)?.Key,
            url => media.TryGetValue(url, out var key) ? key : null,
            host);
    }

    /// <summary>Names the data type and every page's versions, so a changed page or a second conversion is noticed.</summary>
    public static string Fingerprint(DataType dataType, IEnumerable<ContentNode> nodes)
    {
        var text = new StringBuilder(dataType.Key.ToString());
        foreach (var node in nodes.OrderBy(n => n.Id))
        {
            text.Append('|').Append(node.Key).Append(':').Append(node.DraftVersionId).Append(':').Append(node.PublishedVersionId);
        }

        return System.Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
