using Microsoft.AspNetCore.Identity;

namespace VirtualSchool.Portal.Web.BackOffice.Users;

/// <summary>A member of the Virtual School's staff who signs in to the back office (never a site member).</summary>
public sealed class BackOfficeUser : IdentityUser<Guid>
{
    public string Name { get; set; } = "";

    /// <summary>A disabled user cannot sign in, and their sessions end at their next request.</summary>
    public bool IsDisabled { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? LastSignInAt { get; set; }
}
