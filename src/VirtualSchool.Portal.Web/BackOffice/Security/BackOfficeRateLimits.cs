namespace VirtualSchool.Portal.Web.BackOffice.Security;

/// <summary>Rate limits on the back office's anonymous posts (sign-in, two-factor, invitations).</summary>
public static class BackOfficeRateLimits
{
    public const string SignIn = "backoffice-sign-in";
}
