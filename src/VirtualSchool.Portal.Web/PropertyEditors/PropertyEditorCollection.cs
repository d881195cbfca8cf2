using System.Collections.Frozen;
using VirtualSchool.Portal.Core.PropertyEditors;

namespace VirtualSchool.Portal.Web.PropertyEditors;

/// <summary>
/// The registered property editors by alias (ordinal, as Umbraco's aliases are). When two editors claim one alias the
/// one registered last wins, so a site can replace a built-in editor. Unknown aliases get the <see cref="RawEditor"/>.
/// </summary>
public sealed class PropertyEditorCollection : IDataEditorCollection
{
    private readonly FrozenDictionary<string, PropertyEditor> _byAlias;

    public PropertyEditorCollection(IEnumerable<PropertyEditor> editors)
    {
        var byAlias = new Dictionary<string, PropertyEditor>(StringComparer.Ordinal);
        foreach (var editor in editors)
        {
            foreach (var alias in editor.OtherAliases.Prepend(editor.Alias))
            {
                byAlias[alias] = editor;
            }
        }

        _byAlias = byAlias.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static PropertyEditor Raw { get; } = new RawEditor();

    /// <summary>Every alias with an editor of its own.</summary>
    public IEnumerable<string> Aliases => _byAlias.Keys;

    public PropertyEditor For(string editorAlias) => _byAlias.TryGetValue(editorAlias, out var editor) ? editor : Raw;

    IDataEditor IDataEditorCollection.For(string editorAlias) => For(editorAlias);
}
