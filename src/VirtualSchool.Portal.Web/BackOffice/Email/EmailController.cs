using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Infrastructure.Email;
using VirtualSchool.Portal.Web.BackOffice.Security;
using VirtualSchool.Portal.Web.BackOffice.Users;

namespace VirtualSchool.Portal.Web.BackOffice.Email;

/// <summary>
/// The email outbox for administrators: messages waiting (with the last error when a retry is due), messages
/// that failed after every attempt (with "Send again"), and recently sent ones.
/// </summary>
[Authorize(Policy = BackOfficePolicies.ManageEmail)]
public sealed class EmailController(OutboxReport report, OutboxDispatcher dispatcher, IOutboxSignal signal, UserManager<BackOfficeUser> users, AuditLog audit) : BackOfficeController
{
    [HttpGet("umbraco/email")]
    public async Task<IActionResult> Index(string? status, int page = 1)
    {
        var chosen = OutboxStatus.Failed;
        if (!string.IsNullOrEmpty(status) && (!Enum.TryParse(status, ignoreCase: true, out chosen) || !Enum.IsDefined(chosen)))
        {
            return BadRequest();
        }

        if (page < 1 || page > 100_000)
        {
            return BadRequest();
        }

        return View(new EmailOutboxViewModel(await report.ListAsync(chosen, page, HttpContext.RequestAborted), chosen));
    }

    [HttpPost("umbraco/email/retry")]
    public async Task<IActionResult> Retry(List<long> ids)
    {
        if (ids.Count == 0 || ids.Count > OutboxReport.PageSize)
        {
            TempData["Message"] = "Select the messages to send again.";
            return Redirect("/umbraco/email?status=failed");
        }

        var count = await dispatcher.RetryAsync(ids, HttpContext.RequestAborted);
        signal.MessagesQueued();
        var me = await users.GetUserAsync(User);
        await audit.RecordAsync(AuditActions.EmailRetry, me?.Id.ToString(), me?.Email, "email", string.Join(",", ids), null, $"{count} message(s) queued again", ClientAddress);
        TempData["Message"] = count == 1 ? "1 message will be sent again." : $"{count} messages will be sent again.";
        return Redirect("/umbraco/email?status=pending");
    }
}
