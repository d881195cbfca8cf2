using Microsoft.AspNetCore.Identity;

namespace VirtualSchool.Portal.Web.Members;

/// <summary>Setting a member's password, checked against the password rules before the old one is removed.</summary>
public static class MemberPasswords
{
    public static async Task<IdentityResult> SetAsync(UserManager<Member> users, Member member, string password)
    {
        foreach (var validator in users.PasswordValidators)
        {
            var valid = await validator.ValidateAsync(users, member, password);
            if (!valid.Succeeded)
            {
                return valid;
            }
        }

        if (await users.HasPasswordAsync(member))
        {
            // Removing renews the security stamp: the link that led here stops working.
            var removed = await users.RemovePasswordAsync(member);
            if (!removed.Succeeded)
            {
                return removed;
            }
        }

        return await users.AddPasswordAsync(member, password);
    }
}
