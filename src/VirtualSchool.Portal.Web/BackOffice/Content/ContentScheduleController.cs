using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VirtualSchool.Portal.Core;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Infrastructure.Content;
using VirtualSchool.Portal.Web.BackOffice.Security;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Hosting;

namespace VirtualSchool.Portal.Web.BackOffice.Content;

/// <summary>A date and time as typed into the form's GOV.UK date input and time field (UK time).</summary>
public sealed record ScheduleInput(string? Day, string? Month, string? Year, string? Time);

/// <summary>Publishing and unpublishing a page later; the scheduled publishing job does it when the time comes.</summary>
[Authorize(Policy = BackOfficePolicies.PublishContent)]
public sealed class ContentScheduleController(ContentScheduler scheduler, IContentRepository repository, AuditLog audit) : BackOfficeController
{
    private static readonly ScheduleInput NoInput = new(null, null, null, null);

    [HttpGet("umbraco/content/{key:guid}/schedule")]
    public async Task<IActionResult> Index(Guid key, CancellationToken cancellationToken) =>
        await repository.GetNodeAsync(key, cancellationToken) is { Trashed: false } node
            ? View("Index", new ContentScheduleViewModel(node, await scheduler.ListAsync(key, cancellationToken), NoInput, NoInput))
            : NotFound();

    [HttpPost("umbraco/content/{key:guid}/schedule")]
    public async Task<IActionResult> Schedule(Guid key, CancellationToken cancellationToken)
    {
        if (await repository.GetNodeAsync(key, cancellationToken) is not { Trashed: false } node)
        {
            return NotFound();
        }

        var publish = Read("publish");
        var unpublish = Read("unpublish");
        var errors = new FormErrors();
        var publishAt = ToUtc(publish, "publish", errors);
        var unpublishAt = ToUtc(unpublish, "unpublish", errors);
        if (errors.Count == 0)
        {
            var result = await scheduler.ScheduleAsync(key, publishAt, unpublishAt, User.Identity?.Name, cancellationToken);
            if (result.Succeeded)
            {
                var detail = string.Join("; ", result.Result!.Select(a => $"{a.Action} at {Uk(a.RunAt)} (UK time)"));
                await audit.RecordAsync(User, ClientAddress, AuditActions.Schedule, node, detail, cancellationToken);
                TempData["Message"] = $"Scheduled: {detail}.";
                return Redirect($"/umbraco/content/{key}/schedule");
            }

            foreach (var error in result.ValidationErrors)
            {
                errors.Add($"{error.Field}-day", error.Message);
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        ViewData["Errors"] = errors;
        return View("Index", new ContentScheduleViewModel(node, await scheduler.ListAsync(key, cancellationToken), publish, unpublish));
    }

    [HttpPost("umbraco/content/{key:guid}/schedule/{id:int}/cancel")]
    public async Task<IActionResult> Cancel(Guid key, int id, CancellationToken cancellationToken)
    {
        var cancelled = await scheduler.CancelAsync(key, id, cancellationToken);
        if (cancelled is null)
        {
            return NotFound();
        }

        var detail = $"cancelled the {cancelled.Action} at {Uk(cancelled.RunAt)} (UK time)";
        await audit.RecordAsync(User, ClientAddress, AuditActions.Schedule, await repository.GetNodeAsync(key, cancellationToken), detail, cancellationToken);
        TempData["Message"] = $"The {cancelled.Action} at {Uk(cancelled.RunAt)} has been cancelled.";
        return Redirect($"/umbraco/content/{key}/schedule");
    }

    public static string Uk(DateTime utc) => UkTime.FromUtc(utc).ToString("d MMM yyyy HH:mm", CultureInfo.GetCultureInfo("en-GB"));

    private ScheduleInput Read(string prefix) => new(
        Request.Form[$"{prefix}-day"], Request.Form[$"{prefix}-month"], Request.Form[$"{prefix}-year"], Request.Form[$"{prefix}-time"]);

    /// <summary>Null when every part is empty; otherwise the UK date and time as UTC, or an error for the field.</summary>
    private static DateTime? ToUtc(ScheduleInput input, string prefix, FormErrors errors)
    {
        string?[] parts = [input.Day, input.Month, input.Year, input.Time];
        if (parts.All(string.IsNullOrWhiteSpace))
        {
            return null;
        }

        var text = $"{input.Year?.Trim()}-{input.Month?.Trim()}-{input.Day?.Trim()} {input.Time?.Trim()}";
        string[] formats = ["yyyy-M-d H:mm", "yyyy-M-d HH:mm"];
        if (!DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            || UkTime.Zone.IsInvalidTime(local))
        {
            errors.Add($"{prefix}-day", $"Enter a real date and a time such as 09:30 to {prefix}");
            return null;
        }

        return UkTime.ToUtc(local);
    }
}
