using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Infrastructure.Access;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Web.BackOffice.Security;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Members;
using VirtualSchool.Portal.Web.Members.Persistence;

namespace VirtualSchool.Portal.Web.BackOffice.Members;

public sealed record MemberRow(Member Member, IReadOnlyList<string> Groups);

public sealed record MembersPage(IReadOnlyList<MemberRow> Rows, IReadOnlyList<MemberGroup> Groups, int Page, int Pages, int Total, string? Query, bool ClosuresOnly);

/// <summary>
/// Members in the back office. Administrators and the Board clerk invite members and set their groups (the
/// Board's meetings are <see cref="BoardClerkController"/>); only administrators edit the groups themselves and
/// confirm account closures.
/// </summary>
[Authorize(Policy = BackOfficePolicies.ManageMembers)]
public sealed class MembersAdminController(
    UserManager<Member> members,
    RoleManager<MemberGroup> groups,
    MembersDbContext db,
    UserManager<BackOfficeUser> staff,
    PublicAccessRules rules,
    MemberMail mail,
    AuditLog audit,
    PersonalDataTraces traces,
    TimeProvider clock) : BackOfficeController
{
    private const int PageSize = 50;

    [HttpGet("umbraco/members")]
    public async Task<IActionResult> Index(int page = 1, string? q = null, bool closures = false)
    {
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim().ToUpperInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // EF translates string.ToUpper() to SQL upper(); culture overloads do not translate.
            query = query.Where(m => (m.NormalizedEmail != null && m.NormalizedEmail.Contains(text)) || m.Name.ToUpper().Contains(text));
#pragma warning restore CA1304, CA1311, CA1862
        }

        if (closures)
        {
            query = query.Where(m => m.ClosureRequestedAt != null);
        }

        var total = await query.CountAsync();
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        var list = await query.OrderBy(m => m.Name).ThenBy(m => m.Email).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync();
        var ids = list.Select(m => m.Id).ToList();
        var memberships = await db.UserRoles.Where(r => ids.Contains(r.UserId))
            .Join(db.Roles, r => r.RoleId, g => g.Id, (r, g) => new { r.UserId, g.Name }).ToListAsync();
        var rows = list.Select(m => new MemberRow(m, memberships.Where(x => x.UserId == m.Id).Select(x => x.Name!).Order(StringComparer.Ordinal).ToList())).ToList();
        return View(new MembersPage(rows, await groups.Roles.OrderBy(g => g.Name).ToListAsync(), page, pages, total, q, closures));
    }

    [HttpGet("umbraco/members/invite")]
    public async Task<IActionResult> Invite()
    {
        ViewData["Groups"] = await groups.Roles.OrderBy(g => g.Name).ToListAsync();
        return View(new MemberInviteForm());
    }

    [HttpPost("umbraco/members/invite")]
    public async Task<IActionResult> Invite(MemberInviteForm form)
    {
        var known = await groups.Roles.OrderBy(g => g.Name).ToListAsync();
        var errors = new FormErrors();
        var address = form.Email?.Trim();
        if (string.IsNullOrWhiteSpace(form.Name) || form.Name.Length > 256)
        {
            errors.Add("name", "Enter their full name");
        }

        if (string.IsNullOrEmpty(address))
        {
            errors.Add("email", "Enter their email address");
        }
        else if (VirtualSchool.Portal.Core.Email.DeliverableAddress.Problem(address) is { } problem)
        {
            errors.Add("email", problem);
        }
        else if (await members.FindByEmailAsync(address) is not null)
        {
            errors.Add("email", "There is already a member with this email address");
        }

        var chosen = form.Groups.Where(g => known.Any(k => k.Name == g)).Distinct().ToList();
        if (chosen.Count == 0)
        {
            errors.Add("groups", "Select at least one group");
        }

        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            ViewData["Errors"] = errors;
            ViewData["Groups"] = known;
            return View(form);
        }

        var me = await staff.GetUserAsync(User);
        var member = new Member { Id = Guid.NewGuid(), UserName = address, Email = address, Name = form.Name!.Trim(), CreatedAt = clock.GetUtcNow().UtcDateTime, InvitedBy = me?.Email };
        var created = await members.CreateAsync(member);
        if (!created.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            ViewData["Errors"] = new FormErrors { new("email", string.Join(" ", created.Errors.Select(e => e.Description))) };
            ViewData["Groups"] = known;
            return View(form);
        }

        await members.AddToRolesAsync(member, chosen);
        var token = await members.GenerateUserTokenAsync(member, MemberAuthentication.InvitationTokenProvider, MemberAuthentication.InvitationPurpose);
        await mail.InvitationAsync(member, chosen, $"{mail.SiteUrl}/members/invitation?member={member.Id}&token={Uri.EscapeDataString(token)}");
        await audit.RecordAsync(AuditActions.MemberInvited, me?.Id.ToString(), me?.Email, "member", member.Id.ToString(), member.Email, $"groups: {string.Join(", ", chosen)}", ClientAddress);
        TempData["Message"] = $"An invitation has been sent to {address}.";
        return Redirect("/umbraco/members");
    }

    [HttpPost("umbraco/members/{id:guid}/groups")]
    public async Task<IActionResult> Groups(Guid id, List<string> groupNames)
    {
        var member = await members.FindByIdAsync(id.ToString());
        if (member is null)
        {
            return NotFound();
        }

        var known = await groups.Roles.Select(g => g.Name!).ToListAsync();
        var wanted = groupNames.Where(known.Contains).Distinct().ToList();
        var current = await members.GetRolesAsync(member);
        await members.RemoveFromRolesAsync(member, current.Except(wanted));
        await members.AddToRolesAsync(member, wanted.Except(current));
        var me = await staff.GetUserAsync(User);
        await audit.RecordAsync(AuditActions.MemberGroupsChanged, me?.Id.ToString(), me?.Email, "member", member.Id.ToString(), member.Email,
            $"from {string.Join(", ", current)} to {string.Join(", ", wanted)}", ClientAddress);
        TempData["Message"] = $"{member.Name}'s groups have been changed.";
        return Redirect("/umbraco/members");
    }

    /// <summary>Confirms a member's request to close their account: the account and its personal data are erased.</summary>
    [Authorize(Policy = BackOfficePolicies.ManageMemberGroups)]
    [HttpPost("umbraco/members/{id:guid}/erase")]
    public async Task<IActionResult> Erase(Guid id)
    {
        var member = await members.FindByIdAsync(id.ToString());
        if (member is null)
        {
            return NotFound();
        }

        if (member.ClosureRequestedAt is null)
        {
            TempData["Error"] = $"{member.Name} has not asked for their account to be closed.";
            return Redirect("/umbraco/members");
        }

        var me = await staff.GetUserAsync(User);
        var deleted = await members.DeleteAsync(member);
        if (!deleted.Succeeded)
        {
            TempData["Error"] = "The account was not erased: " + string.Join(" ", deleted.Errors.Select(e => e.Description));
            return Redirect("/umbraco/members");
        }

        // Their address and IP addresses go from earlier audit entries and the outbox too; this entry names the
        // member by id only.
        await traces.EraseAsync(id.ToString(), member.Email);
        await audit.RecordAsync(AuditActions.MemberErased, me?.Id.ToString(), me?.Email, "member", id.ToString(), "erased member", "closure requested by the member, confirmed", ClientAddress);
        TempData["Message"] = "The account has been closed and its personal data erased.";
        return Redirect("/umbraco/members?closures=true");
    }

    [Authorize(Policy = BackOfficePolicies.ManageMemberGroups)]
    [HttpGet("umbraco/members/groups")]
    public async Task<IActionResult> GroupList()
    {
        var counts = await db.UserRoles.GroupBy(r => r.RoleId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        ViewData["Counts"] = counts.ToDictionary(c => c.Key, c => c.Count);
        return View("Groups", await groups.Roles.OrderBy(g => g.Name).ToListAsync());
    }

    [Authorize(Policy = BackOfficePolicies.ManageMemberGroups)]
    [HttpPost("umbraco/members/groups")]
    public async Task<IActionResult> CreateGroup(string? name, bool requireTwoFactor)
    {
        name = name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 100)
        {
            TempData["Error"] = "Enter a group name of 100 characters or fewer.";
            return Redirect("/umbraco/members/groups");
        }

        var created = await groups.CreateAsync(new MemberGroup { Id = Guid.NewGuid(), Name = name, RequireTwoFactor = requireTwoFactor });
        if (!created.Succeeded)
        {
            TempData["Error"] = string.Join(" ", created.Errors.Select(e => e.Description));
            return Redirect("/umbraco/members/groups");
        }

        var me = await staff.GetUserAsync(User);
        await audit.RecordAsync(AuditActions.MemberGroupCreated, me?.Id.ToString(), me?.Email, "member-group", name, name, requireTwoFactor ? "two-factor required" : null, ClientAddress);
        TempData["Message"] = $"The group {name} has been created.";
        return Redirect("/umbraco/members/groups");
    }

    [Authorize(Policy = BackOfficePolicies.ManageMemberGroups)]
    [HttpPost("umbraco/members/groups/{id:guid}")]
    public async Task<IActionResult> UpdateGroup(Guid id, string? name, bool requireTwoFactor)
    {
        var group = await groups.FindByIdAsync(id.ToString());
        if (group is null)
        {
            return NotFound();
        }

        name = name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 100)
        {
            TempData["Error"] = "Enter a group name of 100 characters or fewer.";
            return Redirect("/umbraco/members/groups");
        }

        var oldName = group.Name!;
        group.Name = name;
        group.RequireTwoFactor = requireTwoFactor;
        var updated = await groups.UpdateAsync(group);
        if (!updated.Succeeded)
        {
            TempData["Error"] = string.Join(" ", updated.Errors.Select(e => e.Description));
            return Redirect("/umbraco/members/groups");
        }

        if (oldName != name)
        {
            // Public access rules name groups: they follow the rename.
            await rules.RenameGroupAsync(oldName, name);
        }

        var me = await staff.GetUserAsync(User);
        await audit.RecordAsync(AuditActions.MemberGroupChanged, me?.Id.ToString(), me?.Email, "member-group", id.ToString(), name,
            $"{(oldName != name ? $"renamed from {oldName}; " : "")}two-factor {(requireTwoFactor ? "required" : "optional")}", ClientAddress);
        TempData["Message"] = $"The group {name} has been saved.";
        return Redirect("/umbraco/members/groups");
    }

    /// <summary>
    /// Deletes a group its members then leave. Refused while any page or media item is restricted to it: the
    /// restriction would otherwise name a group nobody can join, and the item's access must be chosen again first.
    /// </summary>
    [Authorize(Policy = BackOfficePolicies.ManageMemberGroups)]
    [HttpPost("umbraco/members/groups/{id:guid}/delete")]
    public async Task<IActionResult> DeleteGroup(Guid id)
    {
        var group = await groups.FindByIdAsync(id.ToString());
        if (group is null)
        {
            return NotFound();
        }

        var used = (await rules.ListAsync()).Count(r => r.Groups.Contains(group.Name!));
        if (used > 0)
        {
            TempData["Error"] = $"The group {group.Name} cannot be deleted: {used} page(s) or media item(s) are restricted to it. Change their public access first.";
            return Redirect("/umbraco/members/groups");
        }

        var members = await db.UserRoles.CountAsync(r => r.RoleId == id);
        var deleted = await groups.DeleteAsync(group);
        if (!deleted.Succeeded)
        {
            TempData["Error"] = string.Join(" ", deleted.Errors.Select(e => e.Description));
            return Redirect("/umbraco/members/groups");
        }

        var me = await staff.GetUserAsync(User);
        await audit.RecordAsync(AuditActions.MemberGroupDeleted, me?.Id.ToString(), me?.Email, "member-group", id.ToString(), group.Name,
            $"{members} member(s) left the group", ClientAddress);
        TempData["Message"] = $"The group {group.Name} has been deleted.";
        return Redirect("/umbraco/members/groups");
    }
}
