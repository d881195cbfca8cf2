using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Web.Members.Persistence;

namespace VirtualSchool.Portal.Web.Members;

/// <summary>The member (if any) on a request, and their groups.</summary>
public static class MemberPrincipals
{
    private const string ItemKey = "vsp:member";

    /// <summary>The signed-in member's principal on this request, or null; authenticated once per request.</summary>
    public static async Task<ClaimsPrincipal?> MemberAsync(HttpContext http)
    {
        if (http.Items.TryGetValue(ItemKey, out var known))
        {
            return known as ClaimsPrincipal;
        }

        var result = await http.AuthenticateAsync(MemberAuthentication.Scheme);
        var principal = result.Succeeded ? result.Principal : null;
        http.Items[ItemKey] = principal;
        return principal;
    }

    /// <summary>
    /// The groups that count for public access: none for anonymous readers, and none for a member who must
    /// still set up two-factor authentication.
    /// </summary>
    public static async Task<IReadOnlyCollection<string>> GroupsAsync(HttpContext http) =>
        await MemberAsync(http) is { } member ? Groups(member) : [];

    public static IReadOnlyCollection<string> Groups(ClaimsPrincipal member) =>
        member.HasClaim(c => c.Type == MemberAuthentication.TwoFactorSetupPending)
            ? []
            : member.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();

    /// <summary>
    /// Every request with a member cookie is checked against the store: an erased member, or a cookie issued
    /// before the security stamp changed (password changed, signed out everywhere), is signed out; the groups
    /// are read afresh, so a change of groups applies at the very next request.
    /// </summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var users = services.GetRequiredService<UserManager<Member>>();
        var id = context.Principal is { } p ? users.GetUserId(p) : null;
        var member = id is null ? null : await users.FindByIdAsync(id);
        var stamp = context.Principal?.FindFirstValue(users.Options.ClaimsIdentity.SecurityStampClaimType);
        if (member is null || !string.Equals(member.SecurityStamp, stamp, StringComparison.Ordinal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(MemberAuthentication.Scheme);
            return;
        }

        context.ReplacePrincipal(await CreateAsync(services, member));
    }

    /// <summary>The member's principal: their groups as roles, and a marker when two-factor set-up is still owed.</summary>
    public static async Task<ClaimsPrincipal> CreateAsync(IServiceProvider services, Member member)
    {
        var principal = await services.GetRequiredService<IUserClaimsPrincipalFactory<Member>>().CreateAsync(member);
        if (!member.TwoFactorEnabled && await RequiresTwoFactorAsync(services, member))
        {
            ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(MemberAuthentication.TwoFactorSetupPending, "1"));
        }

        return principal;
    }

    /// <summary>True when any of the member's groups requires an authenticator app.</summary>
    public static async Task<bool> RequiresTwoFactorAsync(IServiceProvider services, Member member)
    {
        var db = services.GetRequiredService<MembersDbContext>();
        return await db.UserRoles.Where(r => r.UserId == member.Id)
            .Join(db.Roles, ur => ur.RoleId, g => g.Id, (_, g) => g)
            .AnyAsync(g => g.RequireTwoFactor);
    }
}
