using VirtualSchool.Portal.Core.Querying;

namespace VirtualSchool.Portal.Core.PropertyEditors;

/// <summary>
/// The facets of a property editor that need neither the web nor a database: how its stored values are indexed for
/// the Delivery API's filters and sorts, what words it gives search, and how they travel in uSync files. The web facets (the back-office form,
/// the page, the Delivery API's JSON) are on the same class, which lives in the web project (its
/// <c>PropertyEditor</c>), so one class owns everything an editor alias means.
/// </summary>
public interface IDataEditor
{
    /// <summary>The editor alias as Umbraco writes it on a data type (<c>Umbraco.TextBox</c>).</summary>
    string Alias { get; }

    /// <summary>How the editor's values compare in filters and sorts; <see cref="IndexedKind.None"/> when they do not.</summary>
    IndexedKind IndexKind { get; }

    /// <summary>A stored value (not empty) typed for the index; null when it is unreadable or the editor is not indexed.</summary>
    IndexedValue? Index(string value);

    /// <summary>
    /// The words a stored value (not empty) gives search, as plain text without markup, added to <paramref name="text"/>;
    /// nothing for values that are not words (pickers, dates, numbers, colours, uploads). Editors that hold other
    /// properties (blocks) hand each one to its own editor through <see cref="SearchTextWriter.AddProperty"/>.
    /// </summary>
    void SearchText(string value, SearchTextWriter text);

    /// <summary>A value as read from a uSync file, as the portal stores it.</summary>
    string? FromUSync(string? value);

    /// <summary>A stored value as a uSync file carries it.</summary>
    string? ToUSync(string? value);
}
