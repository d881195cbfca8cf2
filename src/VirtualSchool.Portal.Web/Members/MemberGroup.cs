using Microsoft.AspNetCore.Identity;

namespace VirtualSchool.Portal.Web.Members;

/// <summary>A member group, such as Management Board. Public access rules name groups.</summary>
public sealed class MemberGroup : IdentityRole<Guid>
{
    public string? Description { get; set; }

    /// <summary>Members of this group must use an authenticator app to sign in.</summary>
    public bool RequireTwoFactor { get; set; }
}
