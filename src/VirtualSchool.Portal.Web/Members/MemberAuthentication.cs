namespace VirtualSchool.Portal.Web.Members;

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
