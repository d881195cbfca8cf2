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
/// The editors whose value is a list of strings (a JSON array, or comma-separated text from older sites): a list on
/// pages, an array in the Delivery API (<c>[]</c> when empty), each item a term an equality filter matches.
/// </summary>
public abstract class ListEditor : PropertyEditor
{
    /// <summary>Whether text that is not a JSON array is read as comma-separated items (else as one item).</summary>
    protected virtual bool CommaSeparated => true;

    public override IndexedKind IndexKind => IndexedKind.Text;

    public override IndexedValue? Index(string value) => IndexedValue.FromTerms(IndexedValue.Items(value, CommaSeparated, keys: false));

    /// <summary>Each item (a tag, a chosen value, a line), as readers see it.</summary>
    public override void SearchText(string value, SearchTextWriter text)
    {
        foreach (var item in CommaSeparated ? StoredValues.Items(value) : StoredValues.Strings(value))
        {
            text.Add(item);
        }
    }

    public override ValueTask<string> DescribeAsync(EditorLookups lookups, PropertyType property, string value, CancellationToken cancellationToken) =>
        ValueTask.FromResult(string.Join(", ", StoredValues.Items(value)));

    public override ValueTask<IHtmlContent> RenderAsync(PropertyRenderer page, PropertyType property, string value, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IHtmlContent>(PropertyRenderer.List(StoredValues.Items(value).Select(i => PropertyRenderer.Text(i))));

    public override ValueTask WriteJsonAsync(DeliveryJsonWriter writer, PropertyType property, string value, OutputLevel level)
    {
        writer.WriteStrings(StoredValues.Items(value));
        return ValueTask.CompletedTask;
    }

    public override void WriteEmptyJson(Utf8JsonWriter json)
    {
        json.WriteStartArray();
        json.WriteEndArray();
    }
}
