using Microsoft.AspNetCore.Identity;

namespace VirtualSchool.Portal.Web.Members;

/// <summary>Forgotten-password and change-of-email links: single use and short-lived.</summary>
public sealed class MemberResetTokenOptions : DataProtectionTokenProviderOptions;
