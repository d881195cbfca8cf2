using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Web.BackOffice.Users;

namespace VirtualSchool.Portal.Web.BackOffice.Security;

/// <summary>Identity's sign-in manager on the back office's own cookie scheme; disabled users cannot sign in.</summary>
public sealed class BackOfficeSignInManager : SignInManager<BackOfficeUser>
{
    public BackOfficeSignInManager(
        UserManager<BackOfficeUser> userManager,
        IHttpContextAccessor contextAccessor,
        IUserClaimsPrincipalFactory<BackOfficeUser> claimsFactory,
        IOptions<IdentityOptions> optionsAccessor,
        ILogger<SignInManager<BackOfficeUser>> logger,
        IAuthenticationSchemeProvider schemes,
        IUserConfirmation<BackOfficeUser> confirmation)
        : base(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
    {
        AuthenticationScheme = BackOfficePolicies.Scheme;
    }

    public override async Task<bool> CanSignInAsync(BackOfficeUser user) =>
        !user.IsDisabled && await base.CanSignInAsync(user);
}
