namespace VirtualSchool.Portal.Web.BackOffice.Security;

public sealed class SetPasswordForm
{
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Password { get; set; }
    public string? ConfirmPassword { get; set; }
    public string? UserId { get; set; }
    public string? Token { get; set; }
}
