namespace VirtualSchool.Portal.Web.Members;

/// <summary>The <c>Portal:Members</c> section.</summary>
public sealed class MembersOptions
{
    public const string Section = "Portal:Members";

    /// <summary>How long an invitation's set-password link works (default 3 days).</summary>
    public TimeSpan InvitationLifetime { get; set; } = TimeSpan.FromDays(3);

    /// <summary>How long a forgotten-password or change-of-email link works (default 2 hours).</summary>
    public TimeSpan ResetLifetime { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Sign-in, forgotten-password and invitation posts allowed from one address per minute.</summary>
    public int SignInPermitsPerMinute { get; set; } = 20;

    /// <summary>
    /// An account nobody has signed in to for this many months is closed and its personal data erased, after a
    /// warning email (0 keeps accounts until an administrator erases them).
    /// </summary>
    [System.ComponentModel.DataAnnotations.Range(0, 1200)]
    public int RetentionMonths { get; set; } = 24;

    /// <summary>How long after the warning the member has to sign in to keep their account.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 365)]
    public int RetentionWarningDays { get; set; } = 30;

    /// <summary>The members area's address for links in emails, when it differs from <c>Portal:PublicUrl</c>.</summary>
    public string? SiteUrl { get; set; }
}
