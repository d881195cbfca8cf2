namespace VirtualSchool.Portal.Web.BackOffice.Security;

/// <summary>What the two-factor set-up page shows.</summary>
public sealed record TwoFactorSetupModel(bool Enabled, bool Required, string? SharedKey, string? QrCodeDataUri, int RecoveryCodesLeft, IReadOnlyList<string>? NewRecoveryCodes = null);
