using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Infrastructure.Media;
using VirtualSchool.Portal.Web.PropertyEditors;

namespace VirtualSchool.Portal.Web.BackOffice.Content;

/// <summary>
/// Two versions of a page side by side as an editor reads them: the name, then each property by its label in the
/// form's order, its value described by its editor (through the property-editor registry), and any property the type
/// no longer has by its alias at the end.
/// </summary>
public sealed class VersionComparer(IContentRepository repository, MediaRepository media, ContentEditorForm form)
{
    public async Task<IReadOnlyList<VersionDifference>> CompareAsync(ContentNode node, ContentVersion older, ContentVersion newer, CancellationToken cancellationToken)
    {
        var types = (await repository.GetContentTypesAsync(cancellationToken))
            .Where(t => t.Kind == ContentTypeKind.Document).ByAlias();
        // The form's fields carry each property's editor as the form picks it (by its data type's current editor).
        var composed = types.TryGetValue(node.ContentTypeAlias, out var type) ? ContentTypeComposer.Compose(type, types) : null;
        var fields = composed is null ? [] : InFormOrder(composed, await form.FieldsAsync(composed, new Dictionary<string, string?>(), cancellationToken));
        var lookups = new EditorLookups(repository, media);
        var rows = new List<VersionDifference> { new("name", "Name", older.Name, newer.Name) };
        foreach (var (property, editor) in fields.Select(f => (f.Property, f.Editor)))
        {
            rows.Add(new(property.Alias, property.Name,
                await DescribeAsync(editor, lookups, property, older.Properties.GetValueOrDefault(property.Alias), cancellationToken),
                await DescribeAsync(editor, lookups, property, newer.Properties.GetValueOrDefault(property.Alias), cancellationToken)));
        }

        var known = fields.Select(f => f.Property.Alias).ToHashSet(StringComparer.OrdinalIgnoreCase);
        rows.AddRange(older.Properties.Keys.Union(newer.Properties.Keys, StringComparer.OrdinalIgnoreCase)
            .Where(alias => !known.Contains(alias))
            .Order(StringComparer.OrdinalIgnoreCase)
            .Select(alias => new VersionDifference(alias, alias, older.Properties.GetValueOrDefault(alias), newer.Properties.GetValueOrDefault(alias))));
        return rows;
    }

    private static async Task<string?> DescribeAsync(PropertyEditor editor, EditorLookups lookups, PropertyType property, string? value, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(value) ? null : await editor.DescribeAsync(lookups, property, value, cancellationToken);

    /// <summary>The fields as the edit form shows them: by group, then those in no group.</summary>
    private static List<EditorField> InFormOrder(ContentType type, List<EditorField> fields)
    {
        var groups = type.Groups.Select((g, i) => (g.Alias, i)).GroupBy(g => g.Alias, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().i, StringComparer.OrdinalIgnoreCase);
        return fields
            .Select((f, i) => (Field: f, Index: i))
            .OrderBy(f => f.Field.Property.GroupAlias is { } g && groups.TryGetValue(g, out var order) ? order : int.MaxValue)
            .ThenBy(f => f.Index)
            .Select(f => f.Field)
            .ToList();
    }
}
