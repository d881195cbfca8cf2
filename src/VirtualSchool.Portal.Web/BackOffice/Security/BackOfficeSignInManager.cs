using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Security;

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

    /// <summary>
    /// Password sign-in (lockout counted) that costs one password hash whatever the outcome: Identity answers an
    /// unknown address, an account without a password, and a locked or disabled account without hashing, and
    /// the time saved would tell a stranger which addresses have accounts.
    /// </summary>
    public async Task<SignInResult> PasswordSignInWithEqualCostAsync(BackOfficeUser? user, string password)
    {
        var refused = user is not { PasswordHash: not null } ? SignInResult.Failed : await PreSignInCheck(user);
        if (user is null || refused is not null)
        {
            DummyPassword.Verify(UserManager, password);
            return refused ?? SignInResult.Failed;
        }

        return await PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
    }
}
