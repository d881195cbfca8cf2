namespace VirtualSchool.Portal.Web.BackOffice.Security;

public sealed class TwoFactorLoginForm
{
    public string? Code { get; set; }
    public string? RecoveryCode { get; set; }
    public string? ReturnUrl { get; set; }
}
