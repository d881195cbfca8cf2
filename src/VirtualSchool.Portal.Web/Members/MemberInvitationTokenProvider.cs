using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace VirtualSchool.Portal.Web.Members;

public sealed class MemberInvitationTokenProvider(IDataProtectionProvider protection, IOptions<MemberInvitationTokenOptions> options, ILogger<DataProtectorTokenProvider<Member>> logger)
    : DataProtectorTokenProvider<Member>(protection, options, logger);
