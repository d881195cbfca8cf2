namespace VirtualSchool.Portal.Web.BackOffice.Security;

public sealed class LoginForm
{
    public string? Email { get; set; }
    public string? Password { get; set; }
    public string? ReturnUrl { get; set; }
}
