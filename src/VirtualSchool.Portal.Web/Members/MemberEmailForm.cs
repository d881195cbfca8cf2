namespace VirtualSchool.Portal.Web.Members;

public sealed class MemberEmailForm
{
    public string? Email { get; set; }
}
