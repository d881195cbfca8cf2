using System.Text;
using VirtualSchool.Portal.Core.Content;

namespace VirtualSchool.Portal.Core.PropertyEditors;

/// <summary>
/// Collects the words of a page (or a draft, or a block) for search: each property's editor adds its value's text
/// (<see cref="IDataEditor.SearchText"/>), and editors that hold other properties (block lists and grids) hand each
/// of their elements' values to the element type's editors through <see cref="AddProperty"/>, so every editor says
/// what text it contributes in one place and nothing here knows an editor alias.
/// </summary>
public sealed class SearchTextWriter(IDataEditorCollection editors, Func<Guid, ContentType?> elementTypes)
{
    /// <summary>How deep blocks may nest before their text is left out (a corrupt value must not recurse for ever).</summary>
    private const int MaxDepth = 8;

    private readonly StringBuilder _text = new();
    private int _depth;

    /// <summary>Adds words as they are; runs of white space become one space, and each addition starts a new line.</summary>
    public void Add(string? words)
    {
        if (string.IsNullOrWhiteSpace(words))
        {
            return;
        }

        if (_text.Length > 0)
        {
            _text.Append('\n');
        }

        var space = false;
        foreach (var c in words.Trim())
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                _text.Append(' ');
                space = false;
            }

            _text.Append(c);
        }
    }

    /// <summary>Adds a property's value through its editor (the raw-text editor, which gives nothing, for an alias the portal does not know).</summary>
    public void AddProperty(string editorAlias, string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || _depth >= MaxDepth)
        {
            return;
        }

        _depth++;
        try
        {
            editors.For(editorAlias).SearchText(value, this);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A value an editor cannot read (a broken import) gives no words; it must not keep the page out of search.
        }
        finally
        {
            _depth--;
        }
    }

    /// <summary>
    /// Adds a block element's value: by the editor alias the block carries (Umbraco 14 and later), else by its element
    /// type's property of that alias; nothing when neither is known.
    /// </summary>
    public void AddElementProperty(Guid? elementTypeKey, string propertyAlias, string? editorAlias, string? value)
    {
        if (string.IsNullOrEmpty(editorAlias) && elementTypeKey is { } key && elementTypes(key) is { } type)
        {
            editorAlias = type.Properties.FirstOrDefault(p => string.Equals(p.Alias, propertyAlias, StringComparison.OrdinalIgnoreCase))?.EditorAlias;
        }

        if (!string.IsNullOrEmpty(editorAlias))
        {
            AddProperty(editorAlias, value);
        }
    }

    /// <summary>Adds every property of a content item (published or a draft) through the editors of its (composed) type.</summary>
    public void AddProperties(ContentType type, IReadOnlyDictionary<string, string?> values)
    {
        foreach (var property in type.Properties.OrderBy(p => p.SortOrder))
        {
            if (values.TryGetValue(property.Alias, out var value))
            {
                AddProperty(property.EditorAlias, value);
            }
        }
    }

    public override string ToString() => _text.ToString();
}
