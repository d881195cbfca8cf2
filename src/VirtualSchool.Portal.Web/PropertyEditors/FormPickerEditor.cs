using Microsoft.AspNetCore.Html;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Infrastructure.Forms;
using VirtualSchool.Portal.Web.BackOffice.Content;
using VirtualSchool.Portal.Web.Content;
using VirtualSchool.Portal.Web.DeliveryApi;
using VirtualSchool.Portal.Web.Forms.Rendering;

namespace VirtualSchool.Portal.Web.PropertyEditors;

/// <summary>
/// <c>UmbracoForms.FormPicker</c>: one form (Umbraco Forms' form picker), stored as the form's key. On a page it draws
/// the form's first step, the same for every reader (the page is cached; the token and stamp are the cache's slots);
/// the Delivery API writes <c>{ "id": key, "form": null }</c> as Umbraco Forms does (the definition is the forms API's).
/// </summary>
public sealed class FormPickerEditor(FormStore forms, IServiceProvider services) : PropertyEditor
{
    public const string EditorAlias = "UmbracoForms.FormPicker";

    // The renderer reaches the property editors again (prevalue sources read data types through the Delivery API's
    // schema, which holds the editors), so it is taken from the container when first drawn, not at construction.
    private readonly Lazy<FormInlineRenderer> _renderer = new(services.GetRequiredService<FormInlineRenderer>);

    public override string Alias => EditorAlias;

    /// <summary>The form's key in a stored value (a bare key, as Umbraco stores it), or null.</summary>
    public static Guid? FormKey(string? value) => Guid.TryParse(value?.Trim(), out var key) ? key : null;

    public override async ValueTask<IHtmlContent> RenderAsync(PropertyRenderer page, PropertyType property, string value, CancellationToken cancellationToken) =>
        FormKey(value) is { } key ? await _renderer.Value.RenderAsync(key, cancellationToken) : HtmlString.Empty;

    public override ValueTask WriteJsonAsync(DeliveryJsonWriter writer, PropertyType property, string value, OutputLevel level)
    {
        var json = writer.Json;
        if (FormKey(value) is not { } key)
        {
            json.WriteNullValue();
            return ValueTask.CompletedTask;
        }

        json.WriteStartObject();
        json.WriteString("id", key.ToString("D"));
        json.WriteNull("form");
        json.WriteEndObject();
        return ValueTask.CompletedTask;
    }

    public override string FormView => "FormPicker";

    public override string MandatoryVerb => "Select";

    public override async ValueTask<string> DescribeAsync(EditorLookups lookups, PropertyType property, string value, CancellationToken cancellationToken) =>
        FormKey(value) is { } key && await forms.GetAsync(key, cancellationToken) is { } form ? form.Name : value;

    public override async ValueTask<EditorField> FieldAsync(EditorContext context, PropertyType property, DataType? dataType, string? value, CancellationToken cancellationToken) =>
        new(property, this, FormKey(value)?.ToString("D") ?? value, await OptionsAsync(cancellationToken));

    public override ValueTask<EditorRead> ReadAsync(EditorField field, EditorPost post, CancellationToken cancellationToken)
    {
        var text = post.Form[field.Id].ToString().Trim();
        return ValueTask.FromResult(
            text.Length == 0 ? EditorRead.Accepted(field, "")
            : FormKey(text) is { } key && field.Options.Any(o => o.Value == key.ToString("D")) ? EditorRead.Accepted(field, key.ToString("D"))
            : EditorRead.Refused(field, $"Select {field.Property.Name.ToLowerInvariant()} from the list of forms"));
    }

    private async Task<IReadOnlyList<EditorOption>> OptionsAsync(CancellationToken cancellationToken) =>
        (await forms.ListAsync(cancellationToken)).Select(f => new EditorOption(f.Key.ToString("D"), f.Name)).ToList();
}
