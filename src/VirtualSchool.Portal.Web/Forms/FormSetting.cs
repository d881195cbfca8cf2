namespace VirtualSchool.Portal.Web.Forms;

/// <summary>
/// One setting a field type or workflow type has, by the name it is stored under (Umbraco Forms' setting names), with
/// what the form builder shows for it.
/// </summary>
public sealed record FormSetting(string Alias, string Label, string Hint, FormSettingKind Kind, IReadOnlyList<string>? Options = null)
{
    public IReadOnlyList<string> Choices => Options ?? [];
}
