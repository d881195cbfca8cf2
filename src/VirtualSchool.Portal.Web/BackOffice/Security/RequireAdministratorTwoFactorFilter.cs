using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using VirtualSchool.Portal.Web.BackOffice.Users;

namespace VirtualSchool.Portal.Web.BackOffice.Security;

/// <summary>
/// Administrators must use an authenticator app: until they have set one up, every back-office page sends them
/// to the page where they do.
/// </summary>
public sealed class RequireAdministratorTwoFactorFilter(UserManager<BackOfficeUser> users) : IAsyncAuthorizationFilter
{
    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var principal = context.HttpContext.User;
        if (principal.Identity?.IsAuthenticated != true
            || !principal.IsInRole(BackOfficeRoles.Administrator)
            || context.ActionDescriptor.EndpointMetadata.OfType<AllowWithoutTwoFactorAttribute>().Any())
        {
            return;
        }

        var user = await users.GetUserAsync(principal);
        if (user is not null && !user.TwoFactorEnabled)
        {
            context.Result = new RedirectResult("/umbraco/account/two-factor?required=1");
        }
    }
}
