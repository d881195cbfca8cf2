using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using QRCoder;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Web.BackOffice.Users;

namespace VirtualSchool.Portal.Web.BackOffice.Security;

/// <summary>A user's own security: authenticator app, recovery codes, signing out everywhere.</summary>
[AllowWithoutTwoFactor]
public sealed class SecurityController(BackOfficeSignInManager signIn, UserManager<BackOfficeUser> users, AuditLog audit) : BackOfficeController
{
    private const string Issuer = "Virtual School back office";

    [HttpGet("umbraco/account/two-factor")]
    public async Task<IActionResult> TwoFactor(bool required = false)
    {
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed in without a user.");
        return View(await ModelAsync(user, required));
    }

    [HttpPost("umbraco/account/two-factor")]
    public async Task<IActionResult> TwoFactor(string? code)
    {
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed in without a user.");
        var cleaned = (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (cleaned.Length != 6 || !cleaned.All(char.IsAsciiDigit)
            || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, cleaned))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            ViewData["Errors"] = new FormErrors { new("code", "The code is not right. Enter the 6-digit code your app shows now") };
            return View(await ModelAsync(user, required: true));
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList() ?? [];
        await audit.RecordAsync(AuditActions.TwoFactorEnabled, user.Id.ToString(), user.Email, "user", user.Id.ToString(), user.Email, ipAddress: ClientAddress);
        await signIn.RefreshSignInAsync(user);
        return View(await ModelAsync(user, required: false) with { NewRecoveryCodes = codes });
    }

    [HttpPost("umbraco/account/recovery-codes")]
    public async Task<IActionResult> RecoveryCodes()
    {
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed in without a user.");
        if (!user.TwoFactorEnabled)
        {
            return RedirectToAction(nameof(TwoFactor));
        }

        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList() ?? [];
        await audit.RecordAsync(AuditActions.RecoveryCodesGenerated, user.Id.ToString(), user.Email, "user", user.Id.ToString(), user.Email, ipAddress: ClientAddress);
        return View(nameof(TwoFactor), await ModelAsync(user, required: false) with { NewRecoveryCodes = codes });
    }

    [HttpPost("umbraco/account/sign-out-everywhere")]
    public async Task<IActionResult> SignOutEverywhere()
    {
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed in without a user.");
        // A new security stamp invalidates every cookie issued before it, on every device.
        await users.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
        await audit.RecordAsync(AuditActions.SignOutEverywhere, user.Id.ToString(), user.Email, "user", user.Id.ToString(), user.Email, ipAddress: ClientAddress);
        return Redirect("/umbraco/login");
    }

    private async Task<TwoFactorSetupModel> ModelAsync(BackOfficeUser user, bool required)
    {
        if (user.TwoFactorEnabled)
        {
            return new TwoFactorSetupModel(true, false, null, null, await users.CountRecoveryCodesAsync(user));
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
            // A new key renews the security stamp, which would end this very session: issue its cookie again.
            await signIn.RefreshSignInAsync(user);
        }

        var uri = string.Create(CultureInfo.InvariantCulture,
            $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(user.Email!)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6");
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(5);
        return new TwoFactorSetupModel(false, required || User.IsInRole(BackOfficeRoles.Administrator), Grouped(key!), "data:image/png;base64," + Convert.ToBase64String(png), 0);
    }

    /// <summary>The key in groups of four, easier to type into an app by hand.</summary>
    private static string Grouped(string key)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            builder.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return builder.ToString().Trim().ToLowerInvariant();
    }
}
