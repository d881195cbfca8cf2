using Microsoft.AspNetCore.Html;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Core.Querying;
using VirtualSchool.Portal.Web.BackOffice.Content;
using VirtualSchool.Portal.Web.Content;
using VirtualSchool.Portal.Web.DeliveryApi;

namespace VirtualSchool.Portal.Web.PropertyEditors;

/// <summary>
/// <c>Umbraco.ContentPicker</c>: one published page, stored as <c>umb://document/{key}</c>. A link on pages (only to a
/// page every reader may see), the page (its properties when expanded) in the Delivery API, its key in the index.
/// </summary>
public sealed class ContentPickerEditor : PropertyEditor, IPickerEditor
{
    private const string UdiPrefix = "umb://document/";

    public override string Alias => "Umbraco.ContentPicker";

    public override IndexedKind IndexKind => IndexedKind.Text;

    public override IndexedValue? Index(string value) => IndexedValue.FromTerms(IndexedValue.Items(value, commaSeparated: true, keys: true));

    public override ValueTask<IHtmlContent> RenderAsync(PropertyRenderer page, PropertyType property, string value, CancellationToken cancellationToken) =>
        ValueTask.FromResult(page.PageLinks(value));

    public override async ValueTask WriteJsonAsync(DeliveryJsonWriter writer, PropertyType property, string value, OutputLevel level)
    {
        var picked = value.Split(',').Select(IndexedValue.KeyOf).OfType<Guid>().Select(writer.Visible).FirstOrDefault(c => c is not null);
        if (picked is null)
        {
            writer.Json.WriteNullValue();
        }
        else
        {
            await writer.WriteContentAsync(picked, level.Expands(property.Alias) ? level.Inside(property.Alias) : null);
        }
    }

    // ---- The form: no list of every page (10,000 options at 10,000 pages): the picked page, and matches once the editor searches ----

    public override string FormView => "Picker";

    public override string MandatoryVerb => "Choose";

    public override async ValueTask<string> DescribeAsync(EditorLookups lookups, PropertyType property, string value, CancellationToken cancellationToken) =>
        await lookups.PageNamesAsync(value.Split(',').Select(IndexedValue.KeyOf).OfType<Guid>(), cancellationToken) is { Length: > 0 } names ? names : value;

    public override EditorLayout Layout => EditorLayout.Fieldset;

    public override string ErrorTarget(string id) => id + "-search";

    public string Noun => "page";

    public string NotFound => "not a published page";

    public string SearchedIn => "published pages";

    public string? Current(string? value) => value;

    public override ValueTask<EditorField> FieldAsync(EditorContext context, PropertyType property, DataType? dataType, string? value, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new EditorField(property, this, value, [], Picked: Picked(context.Published, value)));

    public override async ValueTask<EditorRead> ReadAsync(EditorField field, EditorPost post, CancellationToken cancellationToken)
    {
        var published = post.Context.Published;
        var read = await PickerForm.ReadAsync(
            field, post, (text, _) => Task.FromResult(DocumentKey(text) is { } key && published.GetByKey(key) is not null ? Udi(key) : null),
            "Select a published page", cancellationToken);
        return read with { Field = read.Field with { Picked = Picked(published, read.Field.Value), Options = Find(published, read.Field.TypedOr("search", null)) } };
    }

    public override bool IsSearching(EditorField field) => PickerForm.IsSearching(field);

    /// <summary>Published pages whose name contains the text (any case), by name; at most <see cref="PickerForm.MaxMatches"/>.</summary>
    public static IReadOnlyList<EditorOption> Find(IPublishedContentCache published, string? text) =>
        Search(published, text).Select(c => new EditorOption(Udi(c.Key), $"{c.Name} ({c.Route})")).ToList();

    /// <summary>
    /// The picker's search, shared with the rich-text editor's link dialog: published pages whose name contains the
    /// text (any case), by name then route; at most <see cref="PickerForm.MaxMatches"/>.
    /// </summary>
    public static IReadOnlyList<PublishedContent> Search(IPublishedContentCache published, string? text)
    {
        var search = text?.Trim() ?? "";
        return search.Length == 0
            ? []
            : published.GetAll()
                .Where(c => c.Name.Contains(search, StringComparison.OrdinalIgnoreCase))
                .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
                .ThenBy(c => c.Route, StringComparer.Ordinal)
                .Take(PickerForm.MaxMatches)
                .ToList();
    }

    public static string Udi(Guid key) => $"{UdiPrefix}{key:N}";

    /// <summary>The key in a stored <c>umb://document/{key}</c> value.</summary>
    public static Guid? DocumentKey(string? value) =>
        value is not null && value.StartsWith(UdiPrefix, StringComparison.OrdinalIgnoreCase)
            && Guid.TryParse(value[UdiPrefix.Length..], out var key) ? key : null;

    /// <summary>The published page a value points at, as (value, "name (route)").</summary>
    private static EditorOption? Picked(IPublishedContentCache published, string? value) =>
        DocumentKey(value) is { } key && published.GetByKey(key) is { } page ? new(Udi(page.Key), $"{page.Name} ({page.Route})") : null;
}
