using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Infrastructure.Persistence;
using VirtualSchool.Portal.Web.BackOffice.Security;
using VirtualSchool.Portal.Web.BackOffice.Users;

namespace VirtualSchool.Portal.Web.BackOffice.Settings;

/// <summary>
/// Settings: the document types and their properties, and the one schema change editors need from it, changing a
/// Markdown property to rich text. That is a journey, not a switch: choose the data type, read a preview of every
/// page's Markdown beside the rich text it becomes, then convert; nothing changes before the last step.
/// </summary>
[Authorize(Policy = BackOfficePolicies.ManageSettings)]
public sealed class DocumentTypesController(
    IDbContextFactory<PortalDbContext> contexts, MarkdownConversion conversion, MarkdownConversionRun run) : BackOfficeController
{
    private const string Base = "umbraco/settings/document-types";
    private const string RichText = Base + "/{type}/properties/{property}/rich-text";

    [HttpGet(Base)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var dataTypes = await db.DataTypes.AsNoTracking().ToDictionaryAsync(d => d.Key, d => d.Name, cancellationToken);
        var types = await db.ContentTypes.AsNoTracking().Where(t => t.Kind == ContentTypeKind.Document).ToListAsync(cancellationToken);
        var rows = types
            .OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase)
            .Select(t => new DocumentTypeRow(t, [.. t.Properties
                .OrderBy(p => p.SortOrder).ThenBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
                .Select(p => new DocumentTypePropertyRow(p, dataTypes.GetValueOrDefault(p.DataTypeKey) ?? p.EditorAlias, conversion.IsMarkdown(p)))]))
            .ToList();
        return View(rows);
    }

    [HttpGet(RichText)]
    public async Task<IActionResult> Choose(string type, string property, CancellationToken cancellationToken)
    {
        var found = await MarkdownPropertyAsync(type, property, cancellationToken);
        if (!found.Succeeded)
        {
            return Problem(found.Status, found.Message);
        }

        var pair = found.Result;

        return View(new RichTextChoiceModel(pair.Type, pair.Property, await conversion.RichTextDataTypesAsync(cancellationToken)));
    }

    [HttpGet(RichText + "/preview")]
    public async Task<IActionResult> Preview(string type, string property, Guid? dataType, CancellationToken cancellationToken)
    {
        if (dataType is not { } key)
        {
            return await ChooseAgainAsync(type, property, cancellationToken);
        }

        var plan = await conversion.PlanAsync(type, property, key, cancellationToken);
        return plan.Succeeded ? View(plan.Result) : plan.Status == MarkdownConversionStatus.NotRichText
            ? await ChooseAgainAsync(type, property, cancellationToken)
            : Problem(plan.Status, plan.Message);
    }

    [HttpPost(RichText + "/convert")]
    public async Task<IActionResult> Convert(string type, string property, Guid? dataType, string? fingerprint, CancellationToken cancellationToken)
    {
        if (dataType is not { } key)
        {
            return await ChooseAgainAsync(type, property, cancellationToken);
        }

        var user = new MarkdownConversionUser(User.FindFirstValue(ClaimTypes.NameIdentifier), User.Identity?.Name, ClientAddress);
        var done = await run.ConvertAsync(type, property, key, fingerprint, user, cancellationToken);
        switch (done.Status)
        {
            case MarkdownConversionStatus.Success:
                return View("Converted", done.Result);
            case MarkdownConversionStatus.ChangedSincePreview:
                Response.StatusCode = StatusCodes.Status409Conflict;
                ViewData["Message"] = done.Message;
                return View(nameof(Preview), done.Result);
            case MarkdownConversionStatus.NotRichText:
                return await ChooseAgainAsync(type, property, cancellationToken);
            default:
                return Problem(done.Status, done.Message);
        }
    }

    private async Task<IActionResult> ChooseAgainAsync(string type, string property, CancellationToken cancellationToken)
    {
        var found = await MarkdownPropertyAsync(type, property, cancellationToken);
        if (!found.Succeeded)
        {
            return Problem(found.Status, found.Message);
        }

        var pair = found.Result;

        Response.StatusCode = StatusCodes.Status400BadRequest;
        var errors = new FormErrors { { "dataType", "Choose the rich-text data type to change to" } };
        ViewData["Errors"] = errors;
        return View(nameof(Choose), new RichTextChoiceModel(pair.Type, pair.Property, await conversion.RichTextDataTypesAsync(cancellationToken), errors[0].Message));
    }

    private async Task<Attempt<(ContentType Type, PropertyType Property), MarkdownConversionStatus>> MarkdownPropertyAsync(
        string typeAlias, string propertyAlias, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var types = await db.ContentTypes.AsNoTracking().Where(t => t.Kind == ContentTypeKind.Document).ToListAsync(cancellationToken);
        var type = types.FirstOrDefault(t => string.Equals(t.Alias, typeAlias, StringComparison.OrdinalIgnoreCase));
        var property = type?.Properties.FirstOrDefault(p => string.Equals(p.Alias, propertyAlias, StringComparison.OrdinalIgnoreCase));
        if (type is null || property is null)
        {
            return new(MarkdownConversionStatus.PropertyNotFound, Message: "There is no such property on that document type.");
        }

        return conversion.IsMarkdown(property)
            ? new(MarkdownConversionStatus.Success, (type, property))
            : new(MarkdownConversionStatus.NotMarkdown, Message: $"{property.Name} on {type.Name} is not a Markdown property, so there is nothing to convert.");
    }

    private ViewResult Problem(MarkdownConversionStatus status, string? message)
    {
        Response.StatusCode = status switch
        {
            MarkdownConversionStatus.PropertyNotFound => StatusCodes.Status404NotFound,
            MarkdownConversionStatus.NotRichText => StatusCodes.Status400BadRequest,
            _ => StatusCodes.Status409Conflict,
        };
        return View("Problem", message ?? "That cannot be done.");
    }
}
