using Microsoft.AspNetCore.Mvc;
using VirtualSchool.Portal.Web.BackOffice.Users;

namespace VirtualSchool.Portal.Web.BackOffice.Security;

/// <summary>Base for back-office controllers: the back-office policy, antiforgery on every post, no caching.</summary>
[Area("BackOffice")]
[Microsoft.AspNetCore.Authorization.Authorize(Policy = BackOfficePolicies.Access)]
[AutoValidateAntiforgeryToken]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
[TypeFilter(typeof(RequireAdministratorTwoFactorFilter))]
public abstract class BackOfficeController : Controller
{
    protected string? ClientAddress => HttpContext.Connection.RemoteIpAddress?.ToString();
}
