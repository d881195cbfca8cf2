using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using VirtualSchool.Portal.Core;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Infrastructure.Email;
using VirtualSchool.Portal.Web.BackOffice.Media;
using VirtualSchool.Portal.Web.BackOffice.Security;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Content;

namespace VirtualSchool.Portal.Web.BackOffice.Content;

/// <summary>
/// The content section: the tree one level (and one page) at a time, creating pages of the types allowed
/// where they go, editing with an editor per data type, saving drafts, publishing and unpublishing (editors
/// and administrators), sending for approval (writers), and previewing a draft with the public site's view.
/// </summary>
[Authorize(Policy = BackOfficePolicies.EditContent)]
public sealed partial class ContentSectionController(
    IContentRepository repository,
    ContentService content,
    ContentEditorForm editors,
    IPublishedContentCache published,
    IAuthorizationService authorization,
    UserManager<BackOfficeUser> users,
    PortalMail mail,
    AuditLog audit,
    ContentViewLocator views,
    PageModels pageModels,
    SiteModelFactory sites,
    Hosting.PublicAddress site) : BackOfficeController
{
    public const int PageSize = 50;

    [HttpGet("umbraco/content")]
    public async Task<IActionResult> Index(Guid? parent, int page = 1, CancellationToken cancellationToken = default)
    {
        ContentNode? parentNode = null;
        if (parent is { } parentKey && (parentNode = await repository.GetNodeAsync(parentKey, cancellationToken)) is null or { Trashed: true })
        {
            return NotFound();
        }

        var types = await TypesAsync(cancellationToken);
        var first = await repository.GetChildrenPageAsync(parent, 0, 0, cancellationToken);
        var pages = Math.Max(1, (first.Total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        var level = await repository.GetChildrenPageAsync(parent, (page - 1) * PageSize, PageSize, cancellationToken);
        var rows = level.Items
            .Select(n => new ContentTreeRow(n, types.GetValueOrDefault(n.ContentTypeAlias)?.Name ?? n.ContentTypeAlias, StateOf(n)))
            .ToList();
        return View("Index", new ContentTreeViewModel(
            parentNode, await repository.PathToAsync(parentNode, cancellationToken), rows, level.Total, page, pages, AllowedTypes(parentNode, types)));
    }

    [HttpGet("umbraco/content/create")]
    public async Task<IActionResult> Create(Guid? parent, string? type, CancellationToken cancellationToken)
    {
        var (model, refusal) = await NewPageAsync(parent, type, cancellationToken);
        return refusal ?? View("Edit", model);
    }

    [HttpPost("umbraco/content/create")]
    [MediaUploadLimit]
    public async Task<IActionResult> CreatePost(Guid? parent, string? type, string? name, string? intent, CancellationToken cancellationToken)
    {
        var (model, refusal) = await NewPageAsync(parent, type, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        // "Save and publish" is on a new page's form too, for those who may publish.
        var publishing = intent == "publish";
        if (publishing && !model!.CanPublish)
        {
            return Forbidden();
        }

        var (values, fields, uploads, uploadTooLarge) = await editors.ReadAsync(model!.Type, Request.Form, new Dictionary<string, string?>(), model.CanUploadFiles, cancellationToken);
        model = model with { Name = name?.Trim() ?? "", Fields = fields };
        if (Request.Form.ContainsKey("preview"))
        {
            return View("Edit", model with { PreviewAlias = Request.Form["preview"].ToString() });
        }

        // A content picker's search (its button, or search text with nothing chosen) shows the matches, keeping what was typed.
        if (Request.Form.ContainsKey("search") || ContentEditorForm.IsSearching(fields))
        {
            return View("Edit", model);
        }

        if (Validate(model, values) is { Count: > 0 } errors)
        {
            return Invalid(model, errors, uploadTooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest);
        }

        if (await StoreUploadsAsync(model, uploads, values, cancellationToken) is { } refusedUpload)
        {
            return refusedUpload;
        }

        var result = await content.CreateAsync(new NewContent(model.Name, model.Type.Alias, parent, values), UserName, enforceStructure: true, cancellationToken);
        if (!result.Succeeded)
        {
            return Invalid(model, [new FormError("name", result.Message ?? "The page could not be created")]);
        }

        var created = result.Node!;
        await RecordAsync(AuditActions.Save, created, "created", cancellationToken);
        TempData["Message"] = $"'{created.Name}' has been created as a draft.";
        if (publishing)
        {
            var publish = await content.PublishAsync(created.Key, UserName, cancellationToken: cancellationToken);
            if (publish.Succeeded)
            {
                await RecordAsync(AuditActions.Publish, publish.Node!, null, cancellationToken);
                TempData["Message"] = $"'{publish.Node!.Name}' has been created and published.";
            }
            else
            {
                var reasons = publish.ValidationErrors.Select(e => e.Message).Append(publish.Message).OfType<string>();
                TempData["Error"] = $"'{created.Name}' has been created as a draft but not published: {string.Join(". ", reasons)}";
            }
        }

        return Redirect($"/umbraco/content/{created.Key}");
    }

    [HttpGet("umbraco/content/{key:guid}")]
    public async Task<IActionResult> Edit(Guid key, CancellationToken cancellationToken)
    {
        var model = await EditModelAsync(key, cancellationToken);
        return model is null ? NotFound() : View("Edit", model);
    }

    [HttpPost("umbraco/content/{key:guid}")]
    [MediaUploadLimit]
    public async Task<IActionResult> EditPost(Guid key, string? name, string? intent, CancellationToken cancellationToken)
    {
        var model = await EditModelAsync(key, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        // Which button was pressed ("intent": "action" is MVC's own route value).
        var publishing = intent == "publish";
        if (publishing && !model.CanPublish)
        {
            return Forbidden();
        }

        var draft = await repository.GetVersionAsync(model.Node!.DraftVersionId, cancellationToken);
        var (values, fields, uploads, uploadTooLarge) = await editors.ReadAsync(model.Type, Request.Form, draft?.Properties ?? [], model.CanUploadFiles, cancellationToken);
        model = model with { Name = name?.Trim() ?? "", Fields = fields };
        if (Request.Form.ContainsKey("preview"))
        {
            return View("Edit", model with { PreviewAlias = Request.Form["preview"].ToString() });
        }

        // A content picker's search (its button, or search text with nothing chosen) shows the matches, keeping what was typed.
        if (Request.Form.ContainsKey("search") || ContentEditorForm.IsSearching(fields))
        {
            return View("Edit", model);
        }

        if (Validate(model, values) is { Count: > 0 } errors)
        {
            return Invalid(model, errors, uploadTooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest);
        }

        if (await StoreUploadsAsync(model, uploads, values, cancellationToken) is { } refusedUpload)
        {
            return refusedUpload;
        }

        var saved = await content.SaveAsync(key, model.Name, values, UserName, cancellationToken);
        if (!saved.Succeeded)
        {
            return NotFound();
        }

        await RecordAsync(AuditActions.Save, saved.Node!, null, cancellationToken);
        if (publishing)
        {
            var result = await content.PublishAsync(key, UserName, cancellationToken: cancellationToken);
            if (!result.Succeeded)
            {
                var refused = result.ValidationErrors.Select(e => new FormError(FieldId(model, e.Field), e.Message)).ToList();
                return Invalid(model with { Node = saved.Node, State = StateOf(saved.Node!) }, refused.Count > 0 ? refused : [new FormError("name", result.Message ?? "The page could not be published")]);
            }

            await RecordAsync(AuditActions.Publish, result.Node!, null, cancellationToken);
            TempData["Message"] = $"'{result.Node!.Name}' has been saved and published.";
        }
        else if (intent == "approval")
        {
            var editorsNotified = await SendForApprovalAsync(saved.Node!, cancellationToken);
            TempData["Message"] = $"'{saved.Node!.Name}' has been saved and sent to {editorsNotified} editor{(editorsNotified == 1 ? "" : "s")} for approval.";
        }
        else
        {
            TempData["Message"] = $"'{saved.Node!.Name}' has been saved as a draft.";
        }

        return Redirect($"/umbraco/content/{key}");
    }

    [HttpPost("umbraco/content/{key:guid}/unpublish")]
    public async Task<IActionResult> Unpublish(Guid key, CancellationToken cancellationToken)
    {
        // Checked here rather than with [Authorize] so a writer gets a 403, not the cookie's redirect.
        if (!await CanPublishAsync())
        {
            return Forbidden();
        }

        var result = await content.UnpublishAsync(key, UserName, cancellationToken);
        if (ContentStatusCodes.For(result.Status) == StatusCodes.Status404NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            var model = (await EditModelAsync(key, cancellationToken))!;
            return Invalid(model, [new FormError("name", result.Message ?? "This page is not published")], ContentStatusCodes.For(result.Status));
        }

        await RecordAsync(AuditActions.Unpublish, result.Node!, null, cancellationToken);
        TempData["Message"] = $"'{result.Node!.Name}' has been unpublished.";
        return Redirect($"/umbraco/content/{key}");
    }

    /// <summary>
    /// The draft as readers would see it once published, with the public view for its type and a banner. Only
    /// for signed-in staff, and never stored by anyone (the back office's no-store applies).
    /// </summary>
    [HttpGet("umbraco/content/{key:guid}/preview")]
    public async Task<IActionResult> Preview(Guid key, CancellationToken cancellationToken)
    {
        var node = await repository.GetNodeAsync(key, cancellationToken);
        var types = await TypesAsync(cancellationToken);
        if (node is null || !types.TryGetValue(node.ContentTypeAlias, out var type)
            || await repository.GetVersionAsync(node.DraftVersionId, cancellationToken) is not { } draft)
        {
            return NotFound();
        }

        var draftContent = PublishedContentFactory.Create(node, draft, ContentTypeComposer.Compose(type, types)) with
        {
            Route = published.GetByKey(key)?.Route,
        };
        var query = Request.Query.ToDictionary(q => q.Key, q => (string?)q.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var model = new PageModel(draftContent, sites.Create(draftContent), sites.Breadcrumbs(draftContent), Feedback: null, query) { IsPreview = true };
        return View(views.ViewFor(node.ContentTypeAlias), pageModels.Complete(model));
    }

    private async Task<int> SendForApprovalAsync(ContentNode node, CancellationToken cancellationToken)
    {
        var link = $"{site.BaseUrl}/umbraco/content/{node.Key}";
        var recipients = (await users.GetUsersInRoleAsync(BackOfficeRoles.Editor))
            .Where(u => !u.IsDisabled && !string.IsNullOrEmpty(u.Email))
            .ToList();
        await mail.QueueManyAsync(
            "send-for-approval",
            recipients.Select(editor => (editor.Email!, (IReadOnlyDictionary<string, string?>)new Dictionary<string, string?>
            {
                ["author"] = User.Identity?.Name,
                ["page"] = node.Name,
                ["link"] = link,
            })),
            cancellationToken);

        await RecordAsync(AuditActions.SendForApproval, node, $"to {string.Join(", ", recipients.Select(r => r.Email))}", cancellationToken);
        return recipients.Count;
    }

    private async Task<(ContentEditViewModel? Model, IActionResult? Refusal)> NewPageAsync(Guid? parent, string? typeAlias, CancellationToken cancellationToken)
    {
        ContentNode? parentNode = null;
        if (parent is { } parentKey && (parentNode = await repository.GetNodeAsync(parentKey, cancellationToken)) is null or { Trashed: true })
        {
            return (null, NotFound());
        }

        var types = await TypesAsync(cancellationToken);
        var type = AllowedTypes(parentNode, types).FirstOrDefault(t => string.Equals(t.Alias, typeAlias, StringComparison.OrdinalIgnoreCase));
        if (type is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            ViewData["Errors"] = new FormErrors { new("type", $"A page of type '{typeAlias}' cannot be created here") };
            var tree = await Index(parent, 1, cancellationToken);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return (null, tree);
        }

        var composed = ContentTypeComposer.Compose(type, types);
        var fields = await editors.FieldsAsync(composed, new Dictionary<string, string?>(), cancellationToken);
        var breadcrumbs = await repository.PathToAsync(parentNode, cancellationToken);
        return (new ContentEditViewModel(null, composed, parent, breadcrumbs, "", fields, await CanPublishAsync(), null, null, CanUploadFiles: await CanUploadAsync()), null);
    }

    private async Task<ContentEditViewModel?> EditModelAsync(Guid key, CancellationToken cancellationToken)
    {
        var node = await repository.GetNodeAsync(key, cancellationToken);
        if (node is null)
        {
            return null;
        }

        var types = await TypesAsync(cancellationToken);
        if (!types.TryGetValue(node.ContentTypeAlias, out var type))
        {
            return null;
        }

        var composed = ContentTypeComposer.Compose(type, types);
        var draft = await repository.GetVersionAsync(node.DraftVersionId, cancellationToken);
        var fields = await editors.FieldsAsync(composed, draft?.Properties ?? [], cancellationToken);
        var parent = node.ParentKey is { } parentKey ? await repository.GetNodeAsync(parentKey, cancellationToken) : null;
        return new ContentEditViewModel(node, composed, node.ParentKey, await repository.PathToAsync(parent, cancellationToken),
            draft?.Name ?? node.Name, fields, await CanPublishAsync(), StateOf(node), published.GetByKey(key)?.Route, CanUploadFiles: await CanUploadAsync());
    }

    private async Task<Dictionary<string, ContentType>> TypesAsync(CancellationToken cancellationToken) =>
        (await repository.GetContentTypesAsync(cancellationToken))
            .Where(t => t.Kind == ContentTypeKind.Document).ByAlias();

    private static List<ContentType> AllowedTypes(ContentNode? parent, Dictionary<string, ContentType> types)
    {
        if (parent is null)
        {
            return types.Values.Where(t => t.AllowAtRoot && !t.IsElement).OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ToList();
        }

        return types.TryGetValue(parent.ContentTypeAlias, out var parentType)
            ? parentType.AllowedChildren.Select(a => types.GetValueOrDefault(a)).OfType<ContentType>().Where(t => !t.IsElement).ToList()
            : [];
    }

    public static string StateOf(ContentNode node) =>
        node.Trashed ? "Trashed"
        : node.PublishedVersionId is null ? "Draft"
        : node.PublishedVersionId != node.DraftVersionId ? "Changes not published"
        : "Published";

    private string? UserName => User.Identity?.Name;

    private Task RecordAsync(string action, ContentNode node, string? detail, CancellationToken cancellationToken) =>
        audit.RecordAsync(action, User.FindFirstValue(ClaimTypes.NameIdentifier), UserName, "content", node.Key.ToString(), node.Name, detail, ClientAddress, cancellationToken);
}
