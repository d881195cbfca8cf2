namespace VirtualSchool.Portal.Web.Members;

/// <summary>What the member's two-factor page shows.</summary>
public sealed record MemberTwoFactorModel(bool Enabled, bool Required, string? SharedKey, string? QrCodeDataUri, int RecoveryCodesLeft, IReadOnlyList<string>? NewRecoveryCodes = null);
