using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using QRCoder;
using VirtualSchool.Portal.Core;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Web.BackOffice;

namespace VirtualSchool.Portal.Web.Members;

/// <summary>What "My account" shows.</summary>
public sealed record MemberAccountModel(Member Member, IReadOnlyList<string> Groups, bool TwoFactorRequired);

/// <summary>The members area's start page and "My account".</summary>
[Authorize(Policy = MemberAuthentication.Policy)]
public sealed class MemberAccountController(UserManager<Member> users, MemberMail mail, AuditLog audit, TimeProvider clock) : MembersAreaController
{
    private const string Issuer = "Virtual School members";
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    [HttpGet("members")]
    public async Task<IActionResult> Index()
    {
        var member = await CurrentAsync();
        return member is null ? Challenge(MemberAuthentication.Scheme) : View(await AccountModelAsync(member));
    }

    [HttpGet("members/account")]
    public async Task<IActionResult> Account(string? done)
    {
        var member = await CurrentAsync();
        if (member is null)
        {
            return Challenge(MemberAuthentication.Scheme);
        }

        ViewData["Message"] = done switch
        {
            "password" => "Your password has been changed.",
            "email-sent" => "We have sent a link to your new email address. Your address changes when you follow it.",
            "closure" => "You have asked for your account to be closed. An administrator will confirm it, and then your data will be erased.",
            _ => null,
        };
        return View(await AccountModelAsync(member));
    }

    [HttpPost("members/account/password")]
    public async Task<IActionResult> ChangePassword(ChangePasswordForm form)
    {
        var member = await CurrentAsync();
        if (member is null)
        {
            return Challenge(MemberAuthentication.Scheme);
        }

        var errors = new FormErrors();
        var current = await CheckCurrentPasswordAsync(member, form.CurrentPassword);
        if (current == CurrentPassword.Locked)
        {
            return await LockedOutAsync(member);
        }

        if (current == CurrentPassword.Wrong)
        {
            errors.Add("currentPassword", "Enter your current password");
        }
        else if (string.IsNullOrEmpty(form.NewPassword) || form.NewPassword.Length < 12 || form.NewPassword.Length > 256)
        {
            errors.Add("newPassword", "Password must be between 12 and 256 characters");
        }
        else if (form.NewPassword != form.ConfirmPassword)
        {
            errors.Add("confirmPassword", "The passwords do not match");
        }
        else
        {
            var result = await users.ChangePasswordAsync(member, form.CurrentPassword!, form.NewPassword);
            if (result.Succeeded)
            {
                await audit.RecordAsync(AuditActions.MemberPasswordSet, member.Id.ToString(), member.Email, "member", member.Id.ToString(), member.Email, "changed on My account", ClientAddress);
                // The new security stamp ends every other session; this one gets a fresh cookie.
                await HttpContext.SignInAsync(MemberAuthentication.Scheme, await MemberPrincipals.CreateAsync(HttpContext.RequestServices, member));
                return Redirect("/members/account?done=password");
            }

            errors.AddRange(result.Errors.Select(e => new FormError("newPassword", e.Description)));
        }

        return await AccountWithErrorsAsync(member, errors);
    }

    [HttpPost("members/account/email")]
    public async Task<IActionResult> ChangeEmail(ChangeEmailForm form)
    {
        var member = await CurrentAsync();
        if (member is null)
        {
            return Challenge(MemberAuthentication.Scheme);
        }

        var errors = new FormErrors();
        var email = form.NewEmail?.Trim();
        if (string.IsNullOrEmpty(email))
        {
            errors.Add("newEmail", "Enter your new email address");
        }
        else if (VirtualSchool.Portal.Core.Email.DeliverableAddress.Problem(email) is { } problem)
        {
            errors.Add("newEmail", problem);
        }
        else
        {
            var current = await CheckCurrentPasswordAsync(member, form.EmailPassword);
            if (current == CurrentPassword.Locked)
            {
                return await LockedOutAsync(member);
            }

            if (current == CurrentPassword.Right)
            {
                // Whether another member has the address is only checked when the link is followed, so this page
                // never tells anyone whose address is in use.
                var token = await users.GenerateUserTokenAsync(member, MemberAuthentication.ResetTokenProvider, MemberAuthentication.ChangeEmailPurpose + ":" + email.ToUpperInvariant());
                var link = $"{mail.SiteUrl}/members/account/confirm-email?email={Uri.EscapeDataString(email)}&token={Uri.EscapeDataString(token)}";
                await mail.ConfirmEmailChangeAsync(member, email, link);
                return Redirect("/members/account?done=email-sent");
            }

            errors.Add("emailPassword", "Enter your current password");
        }

        return await AccountWithErrorsAsync(member, errors);
    }

    [HttpGet("members/account/confirm-email")]
    public async Task<IActionResult> ConfirmEmail(string? email, string? token)
    {
        var member = await CurrentAsync();
        if (member is null)
        {
            return Challenge(MemberAuthentication.Scheme);
        }

        email = email?.Trim();
        if (string.IsNullOrEmpty(email) || email.Length > 256 || string.IsNullOrEmpty(token) || token.Length > 2000
            || !await users.VerifyUserTokenAsync(member, MemberAuthentication.ResetTokenProvider, MemberAuthentication.ChangeEmailPurpose + ":" + email.ToUpperInvariant(), token))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("~/Views/MemberSignIn/LinkInvalid.cshtml");
        }

        var old = member.Email;
        var changed = await users.SetEmailAsync(member, email);
        if (changed.Succeeded)
        {
            changed = await users.SetUserNameAsync(member, email);
        }

        if (!changed.Succeeded)
        {
            // Most likely another member already has the address.
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("~/Views/MemberSignIn/LinkInvalid.cshtml");
        }

        member.EmailConfirmed = true;
        await users.UpdateAsync(member);
        await users.UpdateSecurityStampAsync(member);
        await audit.RecordAsync(AuditActions.MemberEmailChanged, member.Id.ToString(), email, "member", member.Id.ToString(), email, $"from {old}", ClientAddress);
        await HttpContext.SignOutAsync(MemberAuthentication.Scheme);
        return Redirect("/members/login?done=email");
    }

    [HttpGet("members/account/personal-data")]
    public async Task<IActionResult> PersonalData()
    {
        var member = await CurrentAsync();
        if (member is null)
        {
            return Challenge(MemberAuthentication.Scheme);
        }

        var groups = await users.GetRolesAsync(member);
        var downloads = await audit.QueryAsync(new AuditQuery(Action: AuditActions.ProtectedDownload, User: member.Email, PageSize: 200));
        var data = new
        {
            exportedAt = clock.GetUtcNow().UtcDateTime,
            member = new
            {
                id = member.Id,
                name = member.Name,
                email = member.Email,
                emailConfirmed = member.EmailConfirmed,
                twoFactorEnabled = member.TwoFactorEnabled,
                createdAt = member.CreatedAt,
                lastSignInAt = member.LastSignInAt,
                invitedBy = member.InvitedBy,
                closureRequestedAt = member.ClosureRequestedAt,
                retentionWarnedAt = member.RetentionWarnedAt,
            },
            groups,
            recentDownloads = downloads.Entries.Where(e => e.UserId == member.Id.ToString()).Select(e => new { at = e.At, file = e.ItemName, fileKey = e.ItemKey }),
        };
        await audit.RecordAsync(AuditActions.MemberDataDownloaded, member.Id.ToString(), member.Email, "member", member.Id.ToString(), member.Email, ipAddress: ClientAddress);
        var json = JsonSerializer.SerializeToUtf8Bytes(data, JsonOptions);
        return File(json, "application/json", "my-virtual-school-member-data.json");
    }

    [HttpPost("members/account/close")]
    public async Task<IActionResult> RequestClosure()
    {
        var member = await CurrentAsync();
        if (member is null)
        {
            return Challenge(MemberAuthentication.Scheme);
        }

        if (member.ClosureRequestedAt is null)
        {
            member.ClosureRequestedAt = clock.GetUtcNow().UtcDateTime;
            await users.UpdateAsync(member);
            await audit.RecordAsync(AuditActions.MemberClosureRequested, member.Id.ToString(), member.Email, "member", member.Id.ToString(), member.Email, ipAddress: ClientAddress);
        }

        return Redirect("/members/account?done=closure");
    }

    [AllowWithTwoFactorSetupPending]
    [HttpGet("members/account/two-factor")]
    public async Task<IActionResult> TwoFactor(bool required = false)
    {
        var member = await CurrentAsync();
        return member is null ? Challenge(MemberAuthentication.Scheme) : View(await TwoFactorModelAsync(member, required));
    }

    [AllowWithTwoFactorSetupPending]
    [HttpPost("members/account/two-factor")]
    public async Task<IActionResult> TwoFactor(string? code)
    {
        var member = await CurrentAsync();
        if (member is null)
        {
            return Challenge(MemberAuthentication.Scheme);
        }

        var cleaned = (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (member.TwoFactorEnabled)
        {
            return Redirect("/members/account/two-factor");
        }

        if (cleaned.Length != 6 || !cleaned.All(char.IsAsciiDigit)
            || !await users.VerifyTwoFactorTokenAsync(member, MemberAuthentication.AuthenticatorTokenProvider, cleaned))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            ViewData["Errors"] = new FormErrors { new("code", "The code is not right. Enter the 6-digit code your app shows now") };
            return View(await TwoFactorModelAsync(member, required: true));
        }

        await users.SetTwoFactorEnabledAsync(member, true);
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(member, 10))?.ToList() ?? [];
        await audit.RecordAsync(AuditActions.MemberTwoFactorEnabled, member.Id.ToString(), member.Email, "member", member.Id.ToString(), member.Email, ipAddress: ClientAddress);
        await HttpContext.SignInAsync(MemberAuthentication.Scheme, await MemberPrincipals.CreateAsync(HttpContext.RequestServices, member));
        return View(await TwoFactorModelAsync(member, required: false) with { NewRecoveryCodes = codes });
    }

    private enum CurrentPassword { Right, Wrong, Locked }

    /// <summary>
    /// The current password, asked before a change of password or email, counts toward lockout as a sign-in does:
    /// otherwise whoever holds a session (a shared computer left signed in, a stolen cookie) could guess it
    /// without limit and then take the account over.
    /// </summary>
    private async Task<CurrentPassword> CheckCurrentPasswordAsync(Member member, string? password)
    {
        if (await users.IsLockedOutAsync(member))
        {
            return CurrentPassword.Locked;
        }

        if (string.IsNullOrEmpty(password))
        {
            return CurrentPassword.Wrong;
        }

        if (await users.CheckPasswordAsync(member, password))
        {
            await users.ResetAccessFailedCountAsync(member);
            return CurrentPassword.Right;
        }

        await users.AccessFailedAsync(member);
        return await users.IsLockedOutAsync(member) ? CurrentPassword.Locked : CurrentPassword.Wrong;
    }

    /// <summary>A locked account keeps no session: this one ends, and the member is told why.</summary>
    private async Task<IActionResult> LockedOutAsync(Member member)
    {
        await audit.RecordAsync(AuditActions.MemberLockedOut, member.Id.ToString(), member.Email, "member", member.Id.ToString(), member.Email, "wrong current password on My account", ClientAddress);
        await HttpContext.SignOutAsync(MemberAuthentication.Scheme);
        return Redirect("/members/login?done=locked");
    }

    private async Task<Member?> CurrentAsync() =>
        await MemberPrincipals.MemberAsync(HttpContext) is { } principal ? await users.GetUserAsync(principal) : null;

    private async Task<MemberAccountModel> AccountModelAsync(Member member) =>
        new(member, [.. (await users.GetRolesAsync(member)).Order(StringComparer.Ordinal)], await MemberPrincipals.RequiresTwoFactorAsync(HttpContext.RequestServices, member));

    private async Task<IActionResult> AccountWithErrorsAsync(Member member, FormErrors errors)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        ViewData["Errors"] = errors;
        return View("Account", await AccountModelAsync(member));
    }

    private async Task<MemberTwoFactorModel> TwoFactorModelAsync(Member member, bool required)
    {
        var mustUse = required || await MemberPrincipals.RequiresTwoFactorAsync(HttpContext.RequestServices, member);
        if (member.TwoFactorEnabled)
        {
            return new MemberTwoFactorModel(true, mustUse, null, null, await users.CountRecoveryCodesAsync(member));
        }

        var key = await users.GetAuthenticatorKeyAsync(member);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(member);
            key = await users.GetAuthenticatorKeyAsync(member);
            // A new key renews the security stamp, which would end this very session: issue its cookie again.
            await HttpContext.SignInAsync(MemberAuthentication.Scheme, await MemberPrincipals.CreateAsync(HttpContext.RequestServices, member));
        }

        var uri = string.Create(CultureInfo.InvariantCulture,
            $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(member.Email!)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6");
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(5);
        var grouped = new StringBuilder();
        for (var i = 0; i < key!.Length; i += 4)
        {
            grouped.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return new MemberTwoFactorModel(false, mustUse, grouped.ToString().Trim().ToLowerInvariant(), "data:image/png;base64," + Convert.ToBase64String(png), 0);
    }
}
