using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using VirtualSchool.Portal.Core;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Web.BackOffice;
using VirtualSchool.Portal.Web.Security;

namespace VirtualSchool.Portal.Web.Members;

/// <summary>Signing in and out, the authenticator step, forgotten passwords and accepting an invitation.</summary>
[AllowWithTwoFactorSetupPending]
public sealed class MemberSignInController(UserManager<Member> users, MemberMail mail, AuditLog audit, TimeProvider clock) : MembersAreaController
{
    private const string LockedMessage = "This account is locked because of too many failed attempts. Try again in 15 minutes, or reset your password.";

    // One answer whether the address is unknown, the password wrong or the account locked: a different answer for a
    // locked account would tell a stranger that it exists.
    private const string SignInFailed =
        "Enter a correct email address and password. After 5 wrong attempts an account is locked for 15 minutes; you can reset your password.";

    [HttpGet("members/login")]
    public IActionResult Login(string? returnUrl, string? done)
    {
        ViewData["Message"] = done switch
        {
            "password" => "Your password is set. Sign in to continue.",
            "email" => "Your email address has been changed. Sign in with it from now on.",
            "signed-out" => "You have signed out.",
            "locked" => "You have been signed out and your account is locked, because the current password was entered wrongly too many times. Try again in 15 minutes, or reset your password.",
            _ => null,
        };
        return View(new MemberLoginForm { ReturnUrl = SafeReturnUrl(returnUrl) });
    }

    [HttpPost("members/login"), EnableRateLimiting(MembersSetup.SignInRateLimit)]
    public async Task<IActionResult> Login(MemberLoginForm form)
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

        var returnUrl = SafeReturnUrl(form.ReturnUrl);
        if (errors.Count == 0)
        {
            var email = form.Email!.Trim();
            var member = email.Length <= 256 ? await users.FindByEmailAsync(email) : null;
            if (member is null || member.PasswordHash is null || await users.IsLockedOutAsync(member))
            {
                // No hash to check, or none worth checking: hash against nobody's, so this answer takes as long as
                // a wrong password does.
                DummyPassword.Verify(users, form.Password!);
                await (member is { PasswordHash: not null }
                    ? audit.RecordAsync(AuditActions.MemberLockedOut, member.Id.ToString(), member.Email, "member", member.Id.ToString(), member.Email, "sign-in while locked", ClientAddress)
                    : audit.RecordAsync(AuditActions.MemberSignInFailed, null, email, ipAddress: ClientAddress));
                errors.Add("email", SignInFailed);
            }
            else if (!await users.CheckPasswordAsync(member, form.Password!))
            {
                await users.AccessFailedAsync(member);
                await (await users.IsLockedOutAsync(member)
                    ? audit.RecordAsync(AuditActions.MemberLockedOut, member.Id.ToString(), member.Email, "member", member.Id.ToString(), member.Email, "too many failed attempts", ClientAddress)
                    : audit.RecordAsync(AuditActions.MemberSignInFailed, null, email, "member", member.Id.ToString(), ipAddress: ClientAddress));
                errors.Add("email", SignInFailed);
            }
            else
            {
                await users.ResetAccessFailedCountAsync(member);
                if (member.TwoFactorEnabled)
                {
                    var pending = new ClaimsIdentity(
                        [new Claim(ClaimTypes.NameIdentifier, member.Id.ToString()), new Claim("stamp", member.SecurityStamp ?? "")],
                        MemberAuthentication.TwoFactorScheme);
                    await HttpContext.SignInAsync(MemberAuthentication.TwoFactorScheme, new ClaimsPrincipal(pending));
                    return Redirect("/members/login/two-factor?returnUrl=" + Uri.EscapeDataString(returnUrl));
                }

                await SignInAsync(member, "password");
                return LocalRedirect(returnUrl);
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        ViewData["Errors"] = errors;
        return View(new MemberLoginForm { Email = form.Email, ReturnUrl = returnUrl });
    }

    [HttpGet("members/login/two-factor")]
    public async Task<IActionResult> TwoFactor(string? returnUrl) =>
        await PendingMemberAsync() is null
            ? Redirect("/members/login")
            : View(new MemberTwoFactorForm { ReturnUrl = SafeReturnUrl(returnUrl) });

    [HttpPost("members/login/two-factor"), EnableRateLimiting(MembersSetup.SignInRateLimit)]
    public async Task<IActionResult> TwoFactor(MemberTwoFactorForm form)
    {
        var member = await PendingMemberAsync();
        if (member is null)
        {
            return Redirect("/members/login");
        }

        var errors = new FormErrors();
        var code = (form.Code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var recovery = (form.RecoveryCode ?? "").Replace(" ", "", StringComparison.Ordinal);
        if (code.Length == 0 && recovery.Length == 0)
        {
            errors.Add("code", "Enter the 6-digit code from your authenticator app");
        }
        else if (await users.IsLockedOutAsync(member))
        {
            errors.Add("code", LockedMessage);
        }
        else
        {
            var ok = code.Length > 0
                ? code.Length == 6 && code.All(char.IsAsciiDigit) && await users.VerifyTwoFactorTokenAsync(member, MemberAuthentication.AuthenticatorTokenProvider, code)
                : recovery.Length <= 64 && (await users.RedeemTwoFactorRecoveryCodeAsync(member, recovery)).Succeeded;
            if (ok)
            {
                await users.ResetAccessFailedCountAsync(member);
                await HttpContext.SignOutAsync(MemberAuthentication.TwoFactorScheme);
                await SignInAsync(member, code.Length > 0 ? "authenticator app" : "recovery code");
                return LocalRedirect(SafeReturnUrl(form.ReturnUrl));
            }

            await users.AccessFailedAsync(member);
            var locked = await users.IsLockedOutAsync(member);
            await audit.RecordAsync(locked ? AuditActions.MemberLockedOut : AuditActions.MemberSignInFailed, member.Id.ToString(), member.Email, "member", member.Id.ToString(), "wrong second factor", ClientAddress);
            errors.Add(code.Length > 0 ? "code" : "recoveryCode", locked
                ? LockedMessage
                : code.Length > 0 ? "The code is not right. Enter the code your app shows now" : "That recovery code is not right or has been used");
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        ViewData["Errors"] = errors;
        return View(new MemberTwoFactorForm { ReturnUrl = SafeReturnUrl(form.ReturnUrl) });
    }

    // Signed in, so the antiforgery token (issued to the member on the page with the button) validates.
    [Authorize(Policy = MemberAuthentication.Policy)]
    [HttpPost("members/logout")]
    public async Task<IActionResult> Logout()
    {
        var member = await MemberPrincipals.MemberAsync(HttpContext);
        await HttpContext.SignOutAsync(MemberAuthentication.Scheme);
        if (member is not null)
        {
            await audit.RecordAsync(AuditActions.MemberSignOut, users.GetUserId(member), member.FindFirstValue(ClaimTypes.Email) ?? member.Identity?.Name, ipAddress: ClientAddress);
        }

        return Redirect("/members/login?done=signed-out");
    }

    [HttpGet("members/forbidden")]
    public IActionResult Forbidden()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    [HttpGet("members/forgotten-password")]
    public IActionResult ForgottenPassword() => View(new MemberEmailForm());

    /// <summary>How long every answer to a forgotten-password request takes at least, known address or not.</summary>
    public static readonly TimeSpan ResetAnswerFloor = TimeSpan.FromMilliseconds(300);

    /// <summary>
    /// The answer is the same page, after the same time, whether or not an account has the address: it never
    /// reveals who is a member, not even by how long the token, email and audit entry took to make.
    /// </summary>
    [HttpPost("members/forgotten-password"), EnableRateLimiting(MembersSetup.SignInRateLimit)]
    public async Task<IActionResult> ForgottenPassword(MemberEmailForm form)
    {
        var floor = Task.Delay(ResetAnswerFloor, clock);
        var email = form.Email?.Trim();
        if (string.IsNullOrEmpty(email) || email.Length > 256 || !System.Net.Mail.MailAddress.TryCreate(email, out _))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            ViewData["Errors"] = new FormErrors { new("email", "Enter an email address in the correct format, like name@example.org") };
            return View(form);
        }

        var member = await users.FindByEmailAsync(email);
        if (member is not null)
        {
            var token = await users.GenerateUserTokenAsync(member, MemberAuthentication.ResetTokenProvider, MemberAuthentication.ResetPurpose);
            var link = $"{mail.SiteUrl}/members/reset-password?member={member.Id}&token={Uri.EscapeDataString(token)}";
            await mail.ResetAsync(member, link);
            await audit.RecordAsync(AuditActions.MemberPasswordResetRequested, member.Id.ToString(), member.Email, "member", member.Id.ToString(), member.Email, ipAddress: ClientAddress);
        }

        await floor;
        return View("ResetSent", email);
    }

    [HttpGet("members/reset-password")]
    public Task<IActionResult> ResetPassword(string? member, string? token) =>
        ShowSetPasswordAsync(member, token, MemberAuthentication.ResetTokenProvider, MemberAuthentication.ResetPurpose, "ResetPassword");

    [HttpPost("members/reset-password"), EnableRateLimiting(MembersSetup.SignInRateLimit)]
    public Task<IActionResult> ResetPassword(MemberSetPasswordForm form) =>
        SetPasswordAsync(form, MemberAuthentication.ResetTokenProvider, MemberAuthentication.ResetPurpose, "ResetPassword", "forgotten-password link");

    [HttpGet("members/invitation")]
    public Task<IActionResult> Invitation(string? member, string? token) =>
        ShowSetPasswordAsync(member, token, MemberAuthentication.InvitationTokenProvider, MemberAuthentication.InvitationPurpose, "Invitation");

    [HttpPost("members/invitation"), EnableRateLimiting(MembersSetup.SignInRateLimit)]
    public Task<IActionResult> Invitation(MemberSetPasswordForm form) =>
        SetPasswordAsync(form, MemberAuthentication.InvitationTokenProvider, MemberAuthentication.InvitationPurpose, "Invitation", "invitation link");

    private async Task<IActionResult> ShowSetPasswordAsync(string? memberId, string? token, string provider, string purpose, string view)
    {
        var member = await FindByTokenAsync(memberId, token, provider, purpose);
        return member is null ? LinkInvalid() : View(view, new MemberSetPasswordForm { Member = memberId, Token = token, Email = member.Email });
    }

    private async Task<IActionResult> SetPasswordAsync(MemberSetPasswordForm form, string provider, string purpose, string view, string how)
    {
        var member = await FindByTokenAsync(form.Member, form.Token, provider, purpose);
        if (member is null)
        {
            return LinkInvalid();
        }

        var errors = new FormErrors();
        if (string.IsNullOrEmpty(form.Password) || form.Password.Length < 12)
        {
            errors.Add("password", "Password must be 12 characters or more");
        }
        else if (form.Password.Length > 256)
        {
            errors.Add("password", "Password must be 256 characters or fewer");
        }
        else if (form.Password != form.ConfirmPassword)
        {
            errors.Add("confirmPassword", "The passwords do not match");
        }
        else
        {
            var result = await MemberPasswords.SetAsync(users, member, form.Password);
            if (result.Succeeded)
            {
                member.EmailConfirmed = true;
                await users.UpdateAsync(member);
                await users.ResetAccessFailedCountAsync(member);
                await users.SetLockoutEndDateAsync(member, null);
                await audit.RecordAsync(AuditActions.MemberPasswordSet, member.Id.ToString(), member.Email, "member", member.Id.ToString(), member.Email, "from a " + how, ClientAddress);
                return Redirect("/members/login?done=password");
            }

            errors.AddRange(result.Errors.Select(e => new FormError("password", e.Description)));
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        ViewData["Errors"] = errors;
        return View(view, new MemberSetPasswordForm { Member = form.Member, Token = form.Token, Email = member.Email });
    }

    private async Task<Member?> FindByTokenAsync(string? memberId, string? token, string provider, string purpose)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 2000 || !Guid.TryParse(memberId, out var id))
        {
            return null;
        }

        var member = await users.FindByIdAsync(id.ToString());
        // Checked on the way in, so an expired or used link says so before anyone types a password.
        return member is not null && await users.VerifyUserTokenAsync(member, provider, purpose, token) ? member : null;
    }

    private ViewResult LinkInvalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("LinkInvalid");
    }

    private async Task<Member?> PendingMemberAsync()
    {
        var result = await HttpContext.AuthenticateAsync(MemberAuthentication.TwoFactorScheme);
        if (!result.Succeeded || result.Principal.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id)
        {
            return null;
        }

        var member = await users.FindByIdAsync(id);
        // A password change since the first step ends the half-finished sign-in.
        return member is not null && member.SecurityStamp == result.Principal.FindFirstValue("stamp") ? member : null;
    }

    private async Task SignInAsync(Member member, string how)
    {
        var principal = await MemberPrincipals.CreateAsync(HttpContext.RequestServices, member);
        await HttpContext.SignInAsync(MemberAuthentication.Scheme, principal, new AuthenticationProperties { IsPersistent = false });
        member.LastSignInAt = clock.GetUtcNow().UtcDateTime;
        await users.UpdateAsync(member);
        await audit.RecordAsync(AuditActions.MemberSignIn, member.Id.ToString(), member.Email, "member", member.Id.ToString(), member.Email, how, ClientAddress);
    }
}
