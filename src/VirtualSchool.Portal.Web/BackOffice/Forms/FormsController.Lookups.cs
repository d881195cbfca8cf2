using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Web.PropertyEditors;

namespace VirtualSchool.Portal.Web.BackOffice.Forms;

/// <summary>What the builder's choices list: data types with values, and document types.</summary>
public sealed partial class FormsController
{
    /// <summary>The editors whose data types hold a list of items (Umbraco's "Umbraco Datatype Prevalues" source).</summary>
    private static readonly string[] ListEditors = ["Umbraco.DropDown.Flexible", "Umbraco.RadioButtonList", "Umbraco.CheckBoxList"];

    private async Task<IReadOnlyList<(Guid Key, string Name)>> ListDataTypesAsync()
    {
        await using var db = await contexts.CreateDbContextAsync(HttpContext.RequestAborted);
        var types = await db.DataTypes.AsNoTracking().Where(d => ListEditors.Contains(d.EditorAlias)).ToListAsync(HttpContext.RequestAborted);
        return types.Where(d => DataTypeConfiguration.Items(d).Count > 0)
            .OrderBy(d => d.Name, StringComparer.OrdinalIgnoreCase)
            .Select(d => (d.Key, $"{d.Name} ({DataTypeConfiguration.Items(d).Count} values)"))
            .ToList();
    }

    private async Task<IReadOnlyList<(string Alias, string Name)>> ListDocumentTypesAsync() =>
        (await content.GetContentTypesAsync(HttpContext.RequestAborted))
            .Where(t => t.Kind == ContentTypeKind.Document && !t.IsElement)
            .OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase)
            .Select(t => (t.Alias, t.Name))
            .ToList();
}
