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

/// <summary>A member group, such as Management Board. Public access rules name groups.</summary>
public sealed class MemberGroup : IdentityRole<Guid>
{
    public string? Description { get; set; }

    /// <summary>Members of this group must use an authenticator app to sign in.</summary>
    public bool RequireTwoFactor { get; set; }
}

/// <summary>The record that a meeting's "papers published" email went out, so it goes once.</summary>
public sealed class BoardPapersNotice
{
    public Guid MeetingKey { get; set; }
    public DateTime SentAt { get; set; }
    public int Recipients { get; set; }
}

/// <summary>The members area's sign-in schemes and policy.</summary>
public static class MemberAuthentication
{
    /// <summary>The members' cookie scheme; never the default scheme, so it never signs anyone in to the back office.</summary>
    public const string Scheme = "Member";

    /// <summary>The members' sign-in cookie (it holds only a session key: the session itself is on the server).</summary>
    public const string CookieName = "vsp.member";

    /// <summary>The short-lived cookie between the password and the authenticator code.</summary>
    public const string TwoFactorScheme = "Member.TwoFactor";

    /// <summary>The policy of every members-area page that needs a signed-in member.</summary>
    public const string Policy = "Member";

    /// <summary>A claim on a member who must set up an authenticator app before seeing anything protected.</summary>
    public const string TwoFactorSetupPending = "vsp:member:two-factor-setup";

    public const string InvitationTokenProvider = "MemberInvitation";
    public const string ResetTokenProvider = "MemberReset";
    public const string AuthenticatorTokenProvider = "MemberAuthenticator";
    public const string InvitationPurpose = "member-invitation";
    public const string ResetPurpose = "member-reset-password";
    public const string ChangeEmailPurpose = "member-change-email";
}
