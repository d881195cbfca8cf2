using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Web.BackOffice.Users;

namespace VirtualSchool.Portal.Web.BackOffice.Security;

/// <summary>Signing in and out, first-run set-up and accepting an invitation.</summary>
[AllowWithoutTwoFactor]
public sealed class AccountController(
    BackOfficeSignInManager signIn,
    UserManager<BackOfficeUser> users,
    AuditLog audit,
    TimeProvider clock) : BackOfficeController
{
    private const string SignInFailed =
        "Enter a correct email address and password. After 5 wrong attempts an account is locked for 15 minutes; if you have forgotten your password, ask an administrator.";

    private static readonly SemaphoreSlim SetupLock = new(1, 1);

    [AllowAnonymous, HttpGet("umbraco/login")]
    public async Task<IActionResult> Login(string? returnUrl, bool invited = false) =>
        // As Umbraco's installer: until an administrator exists there is no account to sign in with.
        !await users.Users.AnyAsync() ? RedirectToAction(nameof(Setup))
            : View(new LoginForm { ReturnUrl = SafeReturnUrl(returnUrl) }).WithMessage(ViewData, invited ? "Your password is set. Sign in to continue." : null);

    [AllowAnonymous, HttpPost("umbraco/login"), EnableRateLimiting(BackOfficeRateLimits.SignIn)]
    public async Task<IActionResult> Login(LoginForm form)
    {
        var errors = new FormErrors();
        if (string.IsNullOrWhiteSpace(form.Email))
        {
            errors.Add("email", "Enter your email address");
        }

        if (string.IsNullOrEmpty(form.Password))
        {
            errors.Add("password", "Enter your password");
        }

        if (errors.Count == 0)
        {
            var user = await users.FindByEmailAsync(form.Email!.Trim());
            var result = await signIn.PasswordSignInWithEqualCostAsync(user, form.Password!);
            if (result.Succeeded)
            {
                await SignedInAsync(user!);
                return LocalRedirect(SafeReturnUrl(form.ReturnUrl));
            }

            if (result.RequiresTwoFactor)
            {
                return RedirectToAction(nameof(TwoFactor), new { returnUrl = SafeReturnUrl(form.ReturnUrl) });
            }

            if (result.IsLockedOut)
            {
                await audit.RecordAsync(AuditActions.LockedOut, user?.Id.ToString(), form.Email, "user", user?.Id.ToString(), ipAddress: ClientAddress);
            }
            else
            {
                await audit.RecordAsync(AuditActions.SignInFailed, null, form.Email, ipAddress: ClientAddress);
            }

            // The same words whether the email is unknown, the password wrong, the account locked or the user
            // disabled: a different answer for a locked account would tell a stranger that it exists.
            errors.Add("email", SignInFailed);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        ViewData["Errors"] = errors;
        return View(new LoginForm { Email = form.Email, ReturnUrl = SafeReturnUrl(form.ReturnUrl) });
    }

    [AllowAnonymous, HttpGet("umbraco/login/two-factor")]
    public async Task<IActionResult> TwoFactor(string? returnUrl) =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null
            ? RedirectToAction(nameof(Login))
            : View(new TwoFactorLoginForm { ReturnUrl = SafeReturnUrl(returnUrl) });

    [AllowAnonymous, HttpPost("umbraco/login/two-factor"), EnableRateLimiting(BackOfficeRateLimits.SignIn)]
    public async Task<IActionResult> TwoFactor(TwoFactorLoginForm form)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToAction(nameof(Login));
        }

        var errors = new FormErrors();
        var code = (form.Code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var recovery = (form.RecoveryCode ?? "").Replace(" ", "", StringComparison.Ordinal);
        if (code.Length == 0 && recovery.Length == 0)
        {
            errors.Add("code", "Enter the 6-digit code from your authenticator app");
        }
        else
        {
            var result = code.Length > 0
                ? await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
                : await signIn.TwoFactorRecoveryCodeSignInAsync(recovery);
            if (result.Succeeded)
            {
                await SignedInAsync(user, code.Length > 0 ? "authenticator app" : "recovery code");
                return LocalRedirect(SafeReturnUrl(form.ReturnUrl));
            }

            await audit.RecordAsync(result.IsLockedOut ? AuditActions.LockedOut : AuditActions.SignInFailed, user.Id.ToString(), user.Email, "user", user.Id.ToString(), "wrong second factor", ClientAddress);
            errors.Add(code.Length > 0 ? "code" : "recoveryCode", result.IsLockedOut
                ? "This account is locked because of too many failed attempts. Try again in 15 minutes."
                : code.Length > 0 ? "The code is not right. Enter the code your app shows now" : "That recovery code is not right or has been used");
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        ViewData["Errors"] = errors;
        return View(new TwoFactorLoginForm { ReturnUrl = SafeReturnUrl(form.ReturnUrl) });
    }

    [HttpPost("umbraco/logout")]
    public async Task<IActionResult> Logout()
    {
        var user = await users.GetUserAsync(User);
        await signIn.SignOutAsync();
        await audit.RecordAsync(AuditActions.SignOut, user?.Id.ToString(), user?.Email, ipAddress: ClientAddress);
        return Redirect("/umbraco/login");
    }

    [AllowAnonymous, HttpGet("umbraco/denied")]
    public IActionResult Denied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    [AllowAnonymous, HttpGet("umbraco/setup")]
    public async Task<IActionResult> Setup() =>
        await users.Users.AnyAsync() ? NotFound() : View(new SetPasswordForm());

    [AllowAnonymous, HttpPost("umbraco/setup")]
    public async Task<IActionResult> Setup(SetPasswordForm form)
    {
        await SetupLock.WaitAsync();
        try
        {
            // Only ever the very first user: once anyone exists, this page is gone.
            if (await users.Users.AnyAsync())
            {
                return NotFound();
            }

            var errors = ValidateNewUser(form, needsName: true);
            if (errors.Count == 0)
            {
                var admin = new BackOfficeUser
                {
                    Id = Guid.NewGuid(),
                    UserName = form.Email!.Trim(),
                    Email = form.Email.Trim(),
                    EmailConfirmed = true,
                    Name = form.Name!.Trim(),
                    CreatedAt = clock.GetUtcNow().UtcDateTime,
                };
                var created = await users.CreateAsync(admin, form.Password!);
                if (created.Succeeded)
                {
                    await users.AddToRoleAsync(admin, BackOfficeRoles.Administrator);
                    await audit.RecordAsync(AuditActions.UserCreated, admin.Id.ToString(), admin.Email, "user", admin.Id.ToString(), admin.Email, "first administrator from the set-up page", ClientAddress);
                    return RedirectToAction(nameof(Login));
                }

                errors.AddRange(created.Errors.Select(e => new FormError("password", e.Description)));
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
            ViewData["Errors"] = errors;
            return View(new SetPasswordForm { Name = form.Name, Email = form.Email });
        }
        finally
        {
            SetupLock.Release();
        }
    }

    [AllowAnonymous, HttpGet("umbraco/invitation")]
    public async Task<IActionResult> Invitation(string? user, string? token)
    {
        var invited = await FindInvitedAsync(user, token);
        return invited is null ? InvitationInvalid() : View(new SetPasswordForm { UserId = user, Token = token, Email = invited.Email });
    }

    [AllowAnonymous, HttpPost("umbraco/invitation"), EnableRateLimiting(BackOfficeRateLimits.SignIn)]
    public async Task<IActionResult> Invitation(SetPasswordForm form)
    {
        var invited = await FindInvitedAsync(form.UserId, form.Token);
        if (invited is null)
        {
            return InvitationInvalid();
        }

        var errors = ValidateNewUser(form, needsName: false, needsEmail: false);
        if (errors.Count == 0)
        {
            var result = await users.ResetPasswordAsync(invited, form.Token!, form.Password!);
            if (result.Succeeded)
            {
                invited.EmailConfirmed = true;
                await users.UpdateAsync(invited);
                await audit.RecordAsync(AuditActions.PasswordSet, invited.Id.ToString(), invited.Email, "user", invited.Id.ToString(), invited.Email, "from an invitation link", ClientAddress);
                return Redirect("/umbraco/login?invited=true");
            }

            if (result.Errors.Any(e => e.Code == "InvalidToken"))
            {
                return InvitationInvalid();
            }

            errors.AddRange(result.Errors.Select(e => new FormError("password", e.Description)));
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        ViewData["Errors"] = errors;
        return View(new SetPasswordForm { UserId = form.UserId, Token = form.Token, Email = invited.Email });
    }

    private async Task<BackOfficeUser?> FindInvitedAsync(string? userId, string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 2000 || !Guid.TryParse(userId, out var id))
        {
            return null;
        }

        var user = await users.FindByIdAsync(id.ToString());
        if (user is null || user.IsDisabled)
        {
            return null;
        }

        // Checked on the way in, so an expired or used link says so before anyone types a password.
        return await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<BackOfficeUser>.ResetPasswordTokenPurpose, token)
            ? user
            : null;
    }

    private ViewResult InvitationInvalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("InvitationInvalid");
    }

    private static FormErrors ValidateNewUser(SetPasswordForm form, bool needsName, bool needsEmail = true)
    {
        var errors = new FormErrors();
        if (needsName && string.IsNullOrWhiteSpace(form.Name))
        {
            errors.Add("name", "Enter your full name");
        }

        if (needsEmail && string.IsNullOrWhiteSpace(form.Email))
        {
            errors.Add("email", "Enter your email address");
        }
        else if (needsEmail && VirtualSchool.Portal.Core.Email.DeliverableAddress.Problem(form.Email!.Trim()) is { } problem)
        {
            errors.Add("email", problem);
        }

        if (string.IsNullOrEmpty(form.Password) || form.Password.Length < 12)
        {
            errors.Add("password", "Password must be 12 characters or more");
        }
        else if (form.Password != form.ConfirmPassword)
        {
            errors.Add("confirmPassword", "The passwords do not match");
        }

        return errors;
    }

    private async Task SignedInAsync(BackOfficeUser user, string? how = null)
    {
        user.LastSignInAt = clock.GetUtcNow().UtcDateTime;
        await users.UpdateAsync(user);
        await audit.RecordAsync(AuditActions.SignIn, user.Id.ToString(), user.Email, "user", user.Id.ToString(), user.Email, how, ClientAddress);
    }

    /// <summary>
    /// Only back-office paths on this site: never an address elsewhere (no open redirects), and only printable ASCII,
    /// which is all a Location header can carry (anything else would end the sign-in in a 500).
    /// </summary>
    internal static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith("/umbraco", StringComparison.Ordinal)
            && returnUrl.All(c => c is >= '!' and <= '~')
            && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.Contains('\\', StringComparison.Ordinal)
            && Uri.TryCreate(returnUrl, UriKind.Relative, out _)
            ? returnUrl
            : "/umbraco";
}
