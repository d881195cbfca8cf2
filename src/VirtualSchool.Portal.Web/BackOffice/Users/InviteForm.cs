namespace VirtualSchool.Portal.Web.BackOffice.Users;

public sealed class InviteForm
{
    public string? Name { get; set; }
    public string? Email { get; set; }
    public List<string> Roles { get; set; } = [];
}
