using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Web.Forms.FieldTypes;
using VirtualSchool.Portal.Web.Forms.Rendering;
using VirtualSchool.Portal.Web.Members;

namespace VirtualSchool.Portal.Web.Forms.Api;

/// <summary>
/// Umbraco Forms' headless API (docs: umbraco-forms/developer/ajaxforms): a form's definition, and an entry posted as
/// JSON, answered 202 with what to show or where to go, or 422 with the problems by field alias. The same rules as
/// the pages: conditions decide what is shown, a hidden field is neither checked nor stored, choices must be offered
/// ones. Behind <see cref="FormsApiGate"/>, rate-limited with the forms' policy.
/// </summary>
public static class FormsApi
{
    public const string Prefix = "/umbraco/forms/api/v1";

    public static WebApplication MapFormsApi(this WebApplication app)
    {
        var api = app.MapGroup(Prefix)
            .AddEndpointFilter(FormsApiGate.CheckAsync)
            .RequireRateLimiting(FormsSetup.RateLimitPolicy)
            .WithTags("Forms");
        api.MapGet("definitions/{id:guid}", GetDefinitionAsync).WithName("GetFormDefinition").WithSummary("A form's definition");
        api.MapPost("entries/{id:guid}", PostEntryAsync).WithName("PostFormEntry").WithSummary("Submits an entry")
            .WithMetadata(new RequestSizeLimitAttribute(256 * 1024));
        app.MapGet(FormsOpenApi.Path, FormsOpenApi.Serve).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> GetDefinitionAsync(Guid id, Guid? contentId, [AsParameters] FormsApiServices services, CancellationToken cancellationToken) =>
        await services.Forms.GetAsync(id, cancellationToken) is { } form
            ? TypedResults.Json(await services.Definitions.WriteAsync(form, cancellationToken))
            : NotFound("There is no form with that id.");

    private static async Task<IResult> PostEntryAsync(Guid id, [FromBody] FormEntryRequest? body, HttpContext http, [AsParameters] FormsApiServices services, CancellationToken cancellationToken)
    {
        if (await services.Forms.GetAsync(id, cancellationToken) is not { } form)
        {
            return NotFound("There is no form with that id.");
        }

        var answers = Answers(form, body?.Values ?? [], services.Types);
        var errors = await ErrorsAsync(form, answers, services, cancellationToken);
        if (errors.Count > 0)
        {
            return TypedResults.Problem(
                title: "One or more validation errors occurred.", statusCode: StatusCodes.Status422UnprocessableEntity,
                type: "https://tools.ietf.org/html/rfc4918#section-11.2", extensions: new Dictionary<string, object?> { ["errors"] = errors });
        }

        var page = body?.ContentId is { } contentId ? await PageAsync(http, services, contentId, form.Key) : null;
        await services.Journey.StoreAsync(http, form, page?.Key, answers, progressId: null, cancellationToken);
        return TypedResults.Json(new JsonObject
        {
            ["messageOnSubmit"] = form.Settings.GoToPageOnSubmit is null ? form.Settings.MessageOnSubmit : null,
            ["messageOnSubmitIsHtml"] = false,
            ["gotoPageOnSubmit"] = form.Settings.GoToPageOnSubmit?.ToString("D"),
            ["gotoPageOnSubmitRoute"] = services.Definitions.Route(form.Settings.GoToPageOnSubmit),
        }, statusCode: StatusCodes.Status202Accepted);
    }

    /// <summary>Answers by field key from answers by alias (any case), read as each type stores them.</summary>
    private static Dictionary<Guid, List<string>> Answers(FormDefinition form, Dictionary<string, System.Text.Json.JsonElement> values, FormFieldTypeCollection types)
    {
        var byAlias = new Dictionary<string, System.Text.Json.JsonElement>(values, StringComparer.OrdinalIgnoreCase);
        var answers = new Dictionary<Guid, List<string>>();
        foreach (var field in form.AllFields)
        {
            if (types.Find(field.FieldTypeId) is not { StoresValue: true } type || !byAlias.TryGetValue(FormFieldModel.NameOf(field), out var value))
            {
                continue;
            }

            var strings = FormEntryRequest.Strings(value).Where(v => v.Length > 0).Distinct().ToList();
            if (type is CheckboxFieldType or DataConsentFieldType)
            {
                strings = strings.Any(v => v is "on" or "true" or "True" or "1") ? [CheckboxFieldType.Ticked] : [];
            }

            if (strings.Count > 0)
            {
                answers[field.Key] = type.IsMultiValued ? strings : [strings[0]];
            }
        }

        return answers;
    }

    private static async Task<Dictionary<string, string[]>> ErrorsAsync(FormDefinition form, Dictionary<Guid, List<string>> answers, FormsApiServices services, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var visibility = FormVisibility.For(form, answers);
        foreach (var field in form.AllFields.Where(visibility.IsShown))
        {
            if (services.Types.Find(field.FieldTypeId) is not { StoresValue: true } type)
            {
                continue;
            }

            var values = answers.GetValueOrDefault(field.Key) ?? [];
            var error = type.IsFile && values.Count > 0
                ? "Files are uploaded through the form's page, not the API"
                : type.Validate(field, values, await services.Choices.ForAsync(field, cancellationToken));
            if (error is not null)
            {
                errors[FormFieldModel.NameOf(field)] = [error];
            }
        }

        return errors;
    }

    /// <summary>The page the entry was sent from, when it is published, readable by the sender and picks the form.</summary>
    private static async Task<PublishedContent?> PageAsync(HttpContext http, FormsApiServices services, Guid contentId, Guid formKey)
    {
        if (services.Cache.GetByKey(contentId) is not { } page || !FormHost.Picks(page, formKey))
        {
            return null;
        }

        return !services.Access.IsProtected(page) || services.Access.CanView(page, await MemberPrincipals.GroupsAsync(http)) ? page : null;
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NotFound(string detail) => TypedResults.Problem(title: "Not Found", detail: detail, statusCode: StatusCodes.Status404NotFound);
}
