using Microsoft.AspNetCore.Identity;

namespace VirtualSchool.Portal.Web.Members;

/// <summary>Invitation links: single use (setting the password renews the security stamp) and expiring.</summary>
public sealed class MemberInvitationTokenOptions : DataProtectionTokenProviderOptions;
