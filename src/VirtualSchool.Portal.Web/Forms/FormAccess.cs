using System.Security.Claims;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Web.BackOffice.Users;

namespace VirtualSchool.Portal.Web.Forms;

/// <summary>
/// What a back-office user may do with one form: its <see cref="FormPermissions"/> for the user's roles (administrators
/// may do everything). Every forms screen, file and export checks this on the server, per form.
/// </summary>
public static class FormAccess
{
    public static IReadOnlyList<string> Roles(ClaimsPrincipal user) =>
        BackOfficeRoles.All.Select(r => r.Name).Where(user.IsInRole).ToList();

    public static bool Allows(ClaimsPrincipal user, FormDefinition form, FormRight right) =>
        user.Identity?.IsAuthenticated == true && form.Permissions.Allows(right, Roles(user));

    /// <summary>Whether the user has any right on the form (it is listed for them).</summary>
    public static bool Sees(ClaimsPrincipal user, FormDefinition form) =>
        Enum.GetValues<FormRight>().Any(right => Allows(user, form, right));
}
