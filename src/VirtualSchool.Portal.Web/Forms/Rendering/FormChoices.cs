using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Web.DeliveryApi;
using VirtualSchool.Portal.Web.PropertyEditors;

namespace VirtualSchool.Portal.Web.Forms.Rendering;

/// <summary>
/// A choice field's choices, as Umbraco Forms' prevalue sources give them, read each time the field is shown or
/// checked (so they follow the site): typed in; a data type's items; or the published pages of a document type that
/// every reader may see (value = the page's key, caption = its name), optionally only under one page.
/// </summary>
public sealed class FormChoices(IPublishedContentCache cache, IPublicAccess access, DeliverySchema schema)
{
    public async Task<IReadOnlyList<FormPreValue>> ForAsync(FormField field, CancellationToken cancellationToken)
    {
        var source = field.PreValueSource;
        if (source is null || source.Kind == PreValueSourceKind.None)
        {
            return field.PreValues;
        }

        if (source.Kind == PreValueSourceKind.DataType)
        {
            var dataType = source.DataTypeKey is { } key ? await schema.DataTypeAsync(key, cancellationToken) : null;
            return DataTypeConfiguration.Items(dataType).Select(o => new FormPreValue { Value = o.Value, Caption = o.Text }).ToList();
        }

        return cache.GetAll()
            .Where(c => string.Equals(c.ContentTypeAlias, source.DocumentTypeAlias, StringComparison.OrdinalIgnoreCase) && !access.IsProtected(c))
            .Where(c => source.RootKey is not { } root || cache.GetAncestors(c.Key).Any(a => a.Key == root))
            .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .Select(c => new FormPreValue { Value = c.Key.ToString("D"), Caption = c.Name })
            .ToList();
    }

    /// <summary>Every field's choices, for describing or checking a whole form's answers.</summary>
    public async Task<Dictionary<Guid, IReadOnlyList<FormPreValue>>> ForAllAsync(FormDefinition form, CancellationToken cancellationToken)
    {
        var all = new Dictionary<Guid, IReadOnlyList<FormPreValue>>();
        foreach (var field in form.AllFields)
        {
            all[field.Key] = await ForAsync(field, cancellationToken);
        }

        return all;
    }
}
