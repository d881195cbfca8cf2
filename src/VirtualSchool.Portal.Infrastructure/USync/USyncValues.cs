using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.PropertyEditors;

namespace VirtualSchool.Portal.Infrastructure.USync;

/// <summary>
/// A content node's property values between a uSync file and storage, each through its property's editor
/// (<see cref="IDataEditor.FromUSync"/>, <see cref="IDataEditor.ToUSync"/>). Every built-in editor stores what uSync
/// carries, so today this changes nothing; an editor whose stored form differs converts here, and only here.
/// Without the editors (a tool or test wiring storage alone) values travel unchanged.
/// </summary>
public sealed class USyncValues
{
    private readonly IDataEditorCollection? _editors;
    private readonly Dictionary<string, ContentType> _types;

    public USyncValues(IDataEditorCollection? editors, IEnumerable<ContentType> documentTypes)
    {
        _editors = editors;
        var byAlias = documentTypes.Where(t => t.Kind == ContentTypeKind.Document).ByAlias();
        _types = byAlias.ToDictionary(kv => kv.Key, kv => ContentTypeComposer.Compose(kv.Value, byAlias), StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyDictionary<string, string?> FromUSync(string contentTypeAlias, IReadOnlyDictionary<string, string?> values) =>
        Convert(contentTypeAlias, values, static (editor, value) => editor.FromUSync(value));

    public IReadOnlyDictionary<string, string?> ToUSync(string contentTypeAlias, IReadOnlyDictionary<string, string?> values) =>
        Convert(contentTypeAlias, values, static (editor, value) => editor.ToUSync(value));

    private IReadOnlyDictionary<string, string?> Convert(
        string contentTypeAlias, IReadOnlyDictionary<string, string?> values, Func<IDataEditor, string?, string?> convert)
    {
        if (_editors is null || !_types.TryGetValue(contentTypeAlias, out var type))
        {
            return values;
        }

        var converted = new Dictionary<string, string?>(values.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (alias, value) in values)
        {
            var property = type.Properties.FirstOrDefault(p => string.Equals(p.Alias, alias, StringComparison.OrdinalIgnoreCase));
            converted[alias] = property is null ? value : convert(_editors.For(property.EditorAlias), value);
        }

        return converted;
    }
}
