namespace VirtualSchool.Portal.Web.BackOffice.Security;

/// <summary>Marks an action an administrator may use before setting up two-factor authentication.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AllowWithoutTwoFactorAttribute : Attribute;
