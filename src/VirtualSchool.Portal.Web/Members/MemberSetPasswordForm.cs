namespace VirtualSchool.Portal.Web.Members;

public sealed class MemberSetPasswordForm
{
    public string? Member { get; set; }
    public string? Token { get; set; }
    public string? Email { get; set; }
    public string? Password { get; set; }
    public string? ConfirmPassword { get; set; }
}
