using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Infrastructure.Email;
using VirtualSchool.Portal.Web.BackOffice.Security;

namespace VirtualSchool.Portal.Web.BackOffice.Users;

public sealed record UserRow(BackOfficeUser User, IReadOnlyList<string> Roles);

/// <summary>Administrators invite staff, set their roles, and disable or enable them.</summary>
[Authorize(Policy = BackOfficePolicies.ManageUsers)]
public sealed class UsersController(UserManager<BackOfficeUser> users, AuditLog audit, PortalMail mail, Hosting.PublicAddress site, TimeProvider clock) : BackOfficeController
{
    [HttpGet("umbraco/users")]
    public async Task<IActionResult> Index()
    {
        var list = await users.Users.OrderBy(u => u.Name).ToListAsync();
        var rows = new List<UserRow>();
        foreach (var user in list)
        {
            rows.Add(new UserRow(user, [.. await users.GetRolesAsync(user)]));
        }

        return View(rows);
    }

    [HttpGet("umbraco/users/invite")]
    public IActionResult Invite() => View(new InviteForm());

    [HttpPost("umbraco/users/invite")]
    public async Task<IActionResult> Invite(InviteForm form)
    {
        var errors = new FormErrors();
        var address = form.Email?.Trim();
        if (string.IsNullOrWhiteSpace(form.Name))
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
        else if (await users.FindByEmailAsync(address) is not null)
        {
            errors.Add("email", "There is already a user with this email address");
        }

        var roles = form.Roles.Where(r => BackOfficeRoles.All.Any(known => known.Name == r)).Distinct().ToList();
        if (roles.Count == 0)
        {
            errors.Add("roles", "Select at least one role");
        }

        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            ViewData["Errors"] = errors;
            return View(form);
        }

        var user = new BackOfficeUser { Id = Guid.NewGuid(), UserName = address, Email = address, Name = form.Name!.Trim(), CreatedAt = clock.GetUtcNow().UtcDateTime };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            ViewData["Errors"] = new FormErrors { new("email", string.Join(" ", created.Errors.Select(e => e.Description))) };
            return View(form);
        }

        await users.AddToRolesAsync(user, roles);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = $"{site.BaseUrl}/umbraco/invitation?user={user.Id}&token={Uri.EscapeDataString(token)}";
        await mail.QueueAsync("backoffice-invitation", address!, new Dictionary<string, string?>
        {
            ["name"] = user.Name,
            ["roles"] = string.Join(" and ", roles),
            ["link"] = link,
        });
        var me = await users.GetUserAsync(User);
        await audit.RecordAsync(AuditActions.UserInvited, me?.Id.ToString(), me?.Email, "user", user.Id.ToString(), user.Email, $"roles: {string.Join(", ", roles)}", ClientAddress);
        TempData["Message"] = $"An invitation has been sent to {address}.";
        return Redirect("/umbraco/users");
    }

    [HttpPost("umbraco/users/{id:guid}/roles")]
    public async Task<IActionResult> Roles(Guid id, List<string> roles)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return NotFound();
        }

        var wanted = roles.Where(r => BackOfficeRoles.All.Any(known => known.Name == r)).Distinct().ToList();
        var me = await users.GetUserAsync(User);
        if (wanted.Count == 0 || (me?.Id == id && !wanted.Contains(BackOfficeRoles.Administrator)))
        {
            TempData["Error"] = wanted.Count == 0 ? "A user needs at least one role." : "You cannot remove your own administrator role.";
            return Redirect("/umbraco/users");
        }

        var current = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, current.Except(wanted));
        await users.AddToRolesAsync(user, wanted.Except(current));
        // New roles apply at the user's next request.
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(AuditActions.RolesChanged, me?.Id.ToString(), me?.Email, "user", user.Id.ToString(), user.Email,
            $"from {string.Join(", ", current)} to {string.Join(", ", wanted)}", ClientAddress);
        TempData["Message"] = $"{user.Name}'s roles have been changed.";
        return Redirect("/umbraco/users");
    }

    [HttpPost("umbraco/users/{id:guid}/disable")]
    public Task<IActionResult> Disable(Guid id) => SetDisabledAsync(id, disabled: true);

    [HttpPost("umbraco/users/{id:guid}/enable")]
    public Task<IActionResult> Enable(Guid id) => SetDisabledAsync(id, disabled: false);

    private async Task<IActionResult> SetDisabledAsync(Guid id, bool disabled)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return NotFound();
        }

        var me = await users.GetUserAsync(User);
        if (me?.Id == id)
        {
            TempData["Error"] = "You cannot disable yourself.";
            return Redirect("/umbraco/users");
        }

        user.IsDisabled = disabled;
        await users.UpdateAsync(user);
        // Ends the user's sessions at their next request.
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(disabled ? AuditActions.UserDisabled : AuditActions.UserEnabled, me?.Id.ToString(), me?.Email, "user", user.Id.ToString(), user.Email, ipAddress: ClientAddress);
        TempData["Message"] = $"{user.Name} has been {(disabled ? "disabled" : "enabled")}.";
        return Redirect("/umbraco/users");
    }
}
