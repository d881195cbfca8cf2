using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.BackOffice.Security;

namespace VirtualSchool.Portal.Web.BackOffice.Audit;

/// <summary>The audit log, read-only, filtered by action, user, item and dates (UK time).</summary>
[Authorize(Policy = BackOfficePolicies.ReadAudit)]
public sealed class AuditController(AuditLog audit) : BackOfficeController
{
    private static readonly IReadOnlyList<string> KnownActions = typeof(AuditActions)
        .GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).Order(StringComparer.Ordinal).ToList();

    [HttpGet("umbraco/audit")]
    public async Task<IActionResult> Index(
        [FromQuery(Name = "action")] string? actionName, string? user, string? item, string? from, string? to, int page = 1)
    {
        // "action" is also MVC's own route value, so the filter is bound from the query string by name.
        var action = actionName;
        var errors = new FormErrors();
        var fromDate = UkDateFilter.StartOfDay(from, "from", errors);
        var toDate = UkDateFilter.StartOfDay(to, "to", errors);
        if (!string.IsNullOrEmpty(action) && !KnownActions.Contains(action))
        {
            errors.Add("action", "Select an action from the list");
            action = null;
        }

        if (page < 1 || page > 100_000)
        {
            errors.Add("page", "There is no such page of results");
            page = 1;
        }

        var query = new AuditQuery(action, user, item, fromDate, toDate is { } day ? UkDateFilter.DayAfter(day) : null, page);
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return View(new AuditViewModel(await audit.QueryAsync(query), query with { To = toDate }, KnownActions, errors));
    }
}
