using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Web.Forms;

namespace VirtualSchool.Portal.Web.BackOffice.Forms;

/// <summary>
/// A field type's or workflow type's settings drawn generically by their <see cref="FormSettingKind"/>, with their
/// values as stored or typed and what the choices need: the form's fields, the document types, page pickers.
/// Inputs are named <c>setting-{Alias}</c>.
/// </summary>
public sealed record SettingEditors(
    IReadOnlyList<FormSetting> Settings,
    IReadOnlyDictionary<string, string> Values,
    IReadOnlyList<FormField> Fields,
    IReadOnlyList<(string Alias, string Name)> DocumentTypes,
    IReadOnlyDictionary<string, PagePicker> Pickers,
    int ExtraMappingRows = 3)
{
    public const string Prefix = "setting-";

    public string Value(FormSetting setting) => Values.TryGetValue(setting.Alias, out var v) ? v : "";

    public static string Id(FormSetting setting) => Prefix + setting.Alias;

    /// <summary>A field mapping's rows (property alias → field key), from its JSON object.</summary>
    public IReadOnlyList<(string Property, string Field)> Mapping(FormSetting setting)
    {
        var rows = FieldMappings.Parse(Value(setting));
        return rows.Concat(Enumerable.Repeat(("", ""), ExtraMappingRows)).ToList();
    }
}
