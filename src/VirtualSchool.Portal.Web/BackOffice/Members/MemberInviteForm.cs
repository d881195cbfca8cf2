namespace VirtualSchool.Portal.Web.BackOffice.Members;

public sealed class MemberInviteForm
{
    public string? Name { get; set; }
    public string? Email { get; set; }
    public List<string> Groups { get; set; } = [];
}
