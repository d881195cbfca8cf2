using VirtualSchool.Portal.Core.Forms;

namespace VirtualSchool.Portal.Web.BackOffice.Forms;

/// <summary>The form's permissions screen: for each right, the roles that have it (as stored or ticked).</summary>
public sealed record FormPermissionsModel(FormDefinition Form, IReadOnlyDictionary<FormRight, List<string>> Roles, int Version)
{
    public bool Has(FormRight right, string role) => Roles.TryGetValue(right, out var roles) && roles.Contains(role, StringComparer.Ordinal);

    public static string RightName(FormRight right) => right switch
    {
        FormRight.Edit => "Edit the form",
        FormRight.ViewEntries => "See, approve and reject entries",
        FormRight.Export => "Export entries",
        FormRight.DeleteEntries => "Delete entries",
        FormRight.ViewSensitive => "See sensitive answers",
        _ => right.ToString(),
    };
}
