namespace VirtualSchool.Portal.Web.Members;

/// <summary>Marks an action a member who still owes two-factor set-up may use (sign-out, the set-up page itself).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AllowWithTwoFactorSetupPendingAttribute : Attribute;
