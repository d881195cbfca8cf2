namespace VirtualSchool.Portal.Core.Forms;

/// <summary>
/// Which back-office roles have each right on a form, by role name. Administrators have every right on every form
/// whatever is set here. A new form gives editors everything but the sensitive answers.
/// </summary>
public sealed class FormPermissions
{
    public const string AdministratorRole = "Administrator";

    public Dictionary<FormRight, List<string>> Roles { get; set; } = new()
    {
        [FormRight.Edit] = ["Editor"],
        [FormRight.ViewEntries] = ["Editor"],
        [FormRight.Export] = ["Editor"],
        [FormRight.DeleteEntries] = ["Editor"],
        [FormRight.ViewSensitive] = [],
    };

    /// <summary>True when any of the roles has the right (administrators always).</summary>
    public bool Allows(FormRight right, IEnumerable<string> roles)
    {
        var given = roles as ICollection<string> ?? roles.ToList();
        return given.Contains(AdministratorRole, StringComparer.Ordinal)
            || (Roles.TryGetValue(right, out var allowed) && allowed.Any(r => given.Contains(r, StringComparer.Ordinal)));
    }
}
