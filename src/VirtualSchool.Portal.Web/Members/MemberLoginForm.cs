namespace VirtualSchool.Portal.Web.Members;

public sealed class MemberLoginForm
{
    public string? Email { get; set; }
    public string? Password { get; set; }
    public string? ReturnUrl { get; set; }
}
