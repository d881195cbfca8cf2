using Microsoft.AspNetCore.Identity;

namespace VirtualSchool.Portal.Web.Members;

/// <summary>
/// Someone who signs in to the members area (a Board member, a governor, a designated teacher ...). A separate
/// store from back-office users: a member is never staff, and a member's cookie opens nothing in /umbraco.
/// </summary>
public sealed class Member : IdentityUser<Guid>
{
    public string Name { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime? LastSignInAt { get; set; }

    /// <summary>Who invited them (a back-office user's email).</summary>
    public string? InvitedBy { get; set; }

    /// <summary>Set when the member asked for their account to be closed; an administrator confirms, then it is erased.</summary>
    public DateTime? ClosureRequestedAt { get; set; }

    /// <summary>
    /// When the retention job told the member that their unused account will be closed; cleared when they sign in
    /// again, and the account erased if they do not.
    /// </summary>
    public DateTime? RetentionWarnedAt { get; set; }
}
