namespace VirtualSchool.Portal.Web.Members;

public sealed class MemberTwoFactorForm
{
    public string? Code { get; set; }
    public string? RecoveryCode { get; set; }
    public string? ReturnUrl { get; set; }
}
