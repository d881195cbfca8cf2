using System.Text.Json;
using Microsoft.AspNetCore.Html;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.PropertyEditors;
using VirtualSchool.Portal.Core.Querying;
using VirtualSchool.Portal.Web.BackOffice.Content;
using VirtualSchool.Portal.Web.Content;
using VirtualSchool.Portal.Web.DeliveryApi;

namespace VirtualSchool.Portal.Web.PropertyEditors;

/// <summary>
/// What one property editor alias means, in one class (as Umbraco's data editor with its value converters, or
/// OrchardCore's field with its display driver and index handler): how its value is edited on the back office's form
/// and read back from it, how it renders on a page, how the Delivery API writes it, how it is indexed for filters and
/// sorts, and how it travels in uSync files. Every facet has a default, which is the raw-text editor's: a value the
/// portal does not understand is kept as it is, shown as text and written as its JSON or text. Register an editor with
/// <see cref="PropertyEditorsSetup.AddPropertyEditor{TEditor}"/>.
/// </summary>
public abstract class PropertyEditor : IDataEditor
{
    public abstract string Alias { get; }

    /// <summary>Other aliases Umbraco has used for the same editor (<c>Umbraco.TinyMCE</c> for rich text).</summary>
    public virtual IReadOnlyList<string> OtherAliases => [];

    // ---- Index and uSync (the facets Core knows) ----

    public virtual IndexedKind IndexKind => IndexedKind.None;

    public virtual IndexedValue? Index(string value) => null;

    /// <summary>The words a value gives search (nothing, by default: the raw-text editor's value may be anything).</summary>
    public virtual void SearchText(string value, SearchTextWriter text)
    {
    }

    public virtual string? FromUSync(string? value) => value;

    public virtual string? ToUSync(string? value) => value;

    // ---- Page ----

    /// <summary>A value (not empty) as HTML on a page; pages are cached for every reader, so nothing here may depend on who reads.</summary>
    public virtual ValueTask<IHtmlContent> RenderAsync(PropertyRenderer page, PropertyType property, string value, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IHtmlContent>(PropertyRenderer.Wrap(PropertyRenderer.Text(value)));

    // ---- Delivery API ----

    /// <summary>A value (not empty) as the Delivery API writes it; JSON stays JSON, anything else is its text.</summary>
    public virtual ValueTask WriteJsonAsync(DeliveryJsonWriter writer, PropertyType property, string value, OutputLevel level)
    {
        writer.WriteRawOrString(value);
        return ValueTask.CompletedTask;
    }

    /// <summary>What the Delivery API writes for an empty value (null; lists write <c>[]</c>, true/false writes <c>false</c>).</summary>
    public virtual void WriteEmptyJson(Utf8JsonWriter json) => json.WriteNullValue();

    // ---- Back-office form ----

    /// <summary>The partial view (under the content section's <c>Editors/</c>) that draws the control.</summary>
    public virtual string FormView => "Raw";

    /// <summary>How the form lays the control out: a label, a fieldset with a legend (groups of controls), or the control's own label.</summary>
    public virtual EditorLayout Layout => EditorLayout.Label;

    /// <summary>The id of the control an error summary links to (the first of a group of controls).</summary>
    public virtual string ErrorTarget(string id) => id;

    /// <summary>
    /// A value (not empty) in words for the back office's comparison of versions: names of picked items, not keys or
    /// JSON; Yes or No; dates in UK form. Plain text, compared word by word.
    /// </summary>
    public virtual ValueTask<string> DescribeAsync(EditorLookups lookups, PropertyType property, string value, CancellationToken cancellationToken) =>
        ValueTask.FromResult(value);

    /// <summary>What an editor does to fill the control in, for the message when a mandatory property is empty: "Enter a heading".</summary>
    public virtual string MandatoryVerb => "Enter";

    /// <summary>The form's control for a stored value.</summary>
    public virtual ValueTask<EditorField> FieldAsync(EditorContext context, PropertyType property, DataType? dataType, string? value, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new EditorField(property, this, value, []));

    /// <summary>Reads the posted control: the value to store, and the control to show again (with what was typed and any error).</summary>
    public virtual ValueTask<EditorRead> ReadAsync(EditorField field, EditorPost post, CancellationToken cancellationToken) =>
        ValueTask.FromResult(EditorRead.Accepted(field, post.Form[field.Id].ToString()));

    /// <summary>True when the posted control asks for the form again rather than a save (a picker's search).</summary>
    public virtual bool IsSearching(EditorField field) => false;
}
