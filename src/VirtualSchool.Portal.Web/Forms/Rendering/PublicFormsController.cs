using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using VirtualSchool.Portal.Core;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Web.Content;
using VirtualSchool.Portal.Web.Forms.FieldTypes;
using VirtualSchool.Portal.Web.Security;

namespace VirtualSchool.Portal.Web.Forms.Rendering;

/// <summary>
/// Filling a form in, as GOV.UK question pages: the first step is drawn on the page the form is placed on; each step
/// posts here (<c>/forms/{form}/{page}/steps/{step}</c>) and is answered with a 303 to the next step, "Check your
/// answers" (<c>/check</c>), the confirmation (<c>/sent</c>) or the page chosen for after the submit, or with the step
/// again and its errors (a 400). Works without JavaScript. The page must be published, readable by the person and
/// pick the form, else 404.
/// </summary>
[Route("forms/{formKey:guid}/{pageKey:guid}")]
public sealed class PublicFormsController(
    FormHost host, FormSteps steps, FormStepReader reader, FormJourney journey, FormFieldTypeCollection types, FormChoices choices,
    FormTokens tokens, FormUploadCheck uploads, SiteModelFactory sites, IPublishedContentCache cache) : Controller
{
    /// <summary>Where a returning person carries on: the first step not yet done, or the check page.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Resume(Guid formKey, Guid pageKey, CancellationToken cancellationToken)
    {
        if (await host.FindAsync(HttpContext, formKey, pageKey, cancellationToken) is not { } placed)
        {
            return NotFound();
        }

        var answers = (await journey.FindAsync(HttpContext, formKey, cancellationToken))?.Values ?? [];
        return FormSteps.Resume(placed.Form, answers) is { } step ? Redirect(FormSteps.StepUrl(placed, step))
            : Redirect(placed.Form.Settings.CheckAnswers ? FormSteps.CheckUrl(placed) : FormSteps.StepUrl(placed, placed.Form.Pages[0]));
    }

    [HttpGet("steps/{stepKey:guid}")]
    public async Task<IActionResult> Step(Guid formKey, Guid pageKey, Guid stepKey, [FromQuery] bool change, CancellationToken cancellationToken)
    {
        if (await host.FindAsync(HttpContext, formKey, pageKey, cancellationToken) is not { } placed)
        {
            return NotFound();
        }

        var current = await journey.FindAsync(HttpContext, formKey, cancellationToken);
        var answers = current?.Values ?? [];
        var shown = FormVisibility.For(placed.Form, answers).ShownPages;
        if (shown.FirstOrDefault(p => p.Key == stepKey) is not { } step || !Reachable(shown, step, answers))
        {
            // A step hidden by the answers, or not reached yet: carry on from where the person is.
            return RedirectToAction(nameof(Resume), new { formKey, pageKey });
        }

        var model = await steps.BuildAsync(placed, step, answers, new Dictionary<Guid, string>(), await journey.FileNamesAsync(current, cancellationToken), inline: false, change, cancellationToken);
        return StepView(model);
    }

    [HttpPost("steps/{stepKey:guid}")]
    [EnableRateLimiting(FormsSetup.RateLimitPolicy)]
    public async Task<IActionResult> Post(Guid formKey, Guid pageKey, Guid stepKey, CancellationToken cancellationToken)
    {
        if (await host.FindAsync(HttpContext, formKey, pageKey, cancellationToken) is not { } placed)
        {
            return NotFound();
        }

        if (await ReadPostAsync(placed, cancellationToken) is not { } posted)
        {
            return StatusCode(HttpContext.Items["form-read-status"] as int? ?? StatusCodes.Status400BadRequest);
        }

        if (!tokens.IsValid(HttpContext, posted[FormTokens.FieldName]))
        {
            return BadRequest();
        }

        if (journey.IsSpam(posted, out var shownAt))
        {
            // As Umbraco Forms does: a bot is thanked as a person would be, and nothing is kept.
            await journey.ForgetAsync(HttpContext, formKey, cancellationToken);
            return Sent(placed);
        }

        var current = await journey.FindAsync(HttpContext, formKey, cancellationToken);
        var before = current?.Values ?? [];
        var shown = FormVisibility.For(placed.Form, before).ShownPages;
        if (shown.FirstOrDefault(p => p.Key == stepKey) is not { } step || !Reachable(shown, step, before))
        {
            return RedirectSeeOther(Url.Action(nameof(Resume), new { formKey, pageKey })!);
        }

        var read = await reader.ReadAsync(placed.Form, step, before, posted, cancellationToken);
        var returnToCheck = posted["returnToCheck"] == "true";
        if (read.Errors.Count > 0)
        {
            var model = await steps.BuildAsync(placed, step, read.Answers, read.Errors, await journey.FileNamesAsync(current, cancellationToken), inline: false, returnToCheck, cancellationToken);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return StepView(model);
        }

        var kept = await journey.KeepStepAsync(HttpContext, placed, step, current, read, shownAt, cancellationToken);
        var next = FormSteps.Resume(placed.Form, kept.Values);
        if (next is not null && !(returnToCheck && placed.Form.Settings.CheckAnswers))
        {
            var after = FormVisibility.For(placed.Form, kept.Values).ShownPages.SkipWhile(p => p.Key != step.Key).Skip(1).FirstOrDefault() ?? next;
            return RedirectSeeOther(FormSteps.StepUrl(placed, after));
        }

        if (next is not null)
        {
            return RedirectSeeOther(FormSteps.StepUrl(placed, next) + "?change=true");
        }

        return placed.Form.Settings.CheckAnswers ? RedirectSeeOther(FormSteps.CheckUrl(placed)) : await SubmitAsync(placed, kept, cancellationToken);
    }

    [HttpGet("check")]
    public async Task<IActionResult> Check(Guid formKey, Guid pageKey, CancellationToken cancellationToken)
    {
        if (await host.FindAsync(HttpContext, formKey, pageKey, cancellationToken) is not { } placed)
        {
            return NotFound();
        }

        var current = await journey.FindAsync(HttpContext, formKey, cancellationToken);
        if (current is null || FormSteps.Resume(placed.Form, current.Values) is not null || !placed.Form.Settings.CheckAnswers)
        {
            return RedirectToAction(nameof(Resume), new { formKey, pageKey });
        }

        var rows = await RowsAsync(placed, current, cancellationToken);
        var shown = FormVisibility.For(placed.Form, current.Values).ShownPages;
        ViewData["Site"] = sites.Create(placed.Page);
        ViewData["Title"] = "Check your answers";
        return View("~/Views/Forms/Check.cshtml", new FormCheckModel(placed, rows, FormSteps.CheckUrl(placed), FormSteps.StepUrl(placed, shown[^1]), []));
    }

    [HttpPost("check")]
    [EnableRateLimiting(FormsSetup.RateLimitPolicy)]
    [RequestSizeLimit(64 * 1024)]
    [RequestFormLimits(ValueCountLimit = 20, KeyLengthLimit = 200)]
    [ValidateFormToken]
    public async Task<IActionResult> Submit(Guid formKey, Guid pageKey, CancellationToken cancellationToken)
    {
        if (await host.FindAsync(HttpContext, formKey, pageKey, cancellationToken) is not { } placed)
        {
            return NotFound();
        }

        var posted = await Request.ReadFormAsync(cancellationToken);
        if (journey.IsSpam(posted, out _))
        {
            await journey.ForgetAsync(HttpContext, formKey, cancellationToken);
            return Sent(placed);
        }

        var current = await journey.FindAsync(HttpContext, formKey, cancellationToken);
        if (current is null || FormSteps.Resume(placed.Form, current.Values) is not null)
        {
            return RedirectSeeOther(Url.Action(nameof(Resume), new { formKey, pageKey })!);
        }

        return await SubmitAsync(placed, current, cancellationToken);
    }

    [HttpGet("sent")]
    public async Task<IActionResult> Confirmation(Guid formKey, Guid pageKey, CancellationToken cancellationToken)
    {
        if (await host.FindAsync(HttpContext, formKey, pageKey, cancellationToken) is not { } placed)
        {
            return NotFound();
        }

        ViewData["Site"] = sites.Create(placed.Page);
        ViewData["Title"] = placed.Form.Name;
        return View("~/Views/Forms/Sent.cshtml", new FormSentModel(placed));
    }

    private async Task<IActionResult> SubmitAsync(PlacedForm placed, FormProgress current, CancellationToken cancellationToken)
    {
        if (await reader.FirstInvalidStepAsync(placed.Form, current.Values, cancellationToken) is { } invalid)
        {
            // The form changed under the person, or a choice went: back to the step to answer again.
            return RedirectSeeOther(FormSteps.StepUrl(placed, invalid));
        }

        if (journey.TooFast(current))
        {
            await journey.ForgetAsync(HttpContext, placed.Form.Key, cancellationToken);
            return Sent(placed);
        }

        await journey.SubmitAsync(HttpContext, placed, current, cancellationToken);
        return Sent(placed);
    }

    /// <summary>After a submit (or a dropped bot's): the chosen page when it is published, else the confirmation.</summary>
    private StatusCodeResult Sent(PlacedForm placed) =>
        RedirectSeeOther(placed.Form.Settings.GoToPageOnSubmit is { } key && cache.GetByKey(key) is { Route: { } route } ? route : FormSteps.SentUrl(placed));

    private StatusCodeResult RedirectSeeOther(string location)
    {
        Response.Headers.Location = location;
        return StatusCode(StatusCodes.Status303SeeOther);
    }

    private ViewResult StepView(FormStepModel model)
    {
        ViewData["Site"] = sites.Create(model.Page);
        ViewData["Title"] = (model.Errors.Count > 0 ? "Error: " : "") + model.Heading;
        Response.Headers.CacheControl = "no-cache, no-store";
        return View("~/Views/Forms/Step.cshtml", model);
    }

    /// <summary>A step may be shown once every shown step before it is done (no skipping ahead by address).</summary>
    private static bool Reachable(IReadOnlyList<FormPage> shown, FormPage step, IReadOnlyDictionary<Guid, List<string>> answers)
    {
        var done = FormSteps.Completed(answers);
        return shown.TakeWhile(p => p.Key != step.Key).All(p => done.Contains(p.Key));
    }

    /// <summary>
    /// Reads the post within the size a step can need (its uploads at the media library's limit, plus the text), so a
    /// huge body is refused before it is read: null (with a 413 or 400) when it cannot be read.
    /// </summary>
    private async Task<IFormCollection?> ReadPostAsync(PlacedForm placed, CancellationToken cancellationToken)
    {
        var files = placed.Form.AllFields.Count(f => types.Find(f.FieldTypeId)?.IsFile == true);
        var limit = (files * uploads.MaxBytes) + (256 * 1024);
        if (HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        if (Request.ContentLength > limit)
        {
            HttpContext.Items["form-read-status"] = StatusCodes.Status413PayloadTooLarge;
            return null;
        }

        try
        {
            return Request.HasFormContentType ? await Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit, ValueCountLimit = 500, KeyLengthLimit = 200, ValueLengthLimit = 64 * 1024 }, cancellationToken) : null;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or BadHttpRequestException)
        {
            HttpContext.Items["form-read-status"] = Errors.RequestFailures.StatusFor(ex);
            return null;
        }
    }

    private async Task<List<FormCheckRow>> RowsAsync(PlacedForm placed, FormProgress current, CancellationToken cancellationToken)
    {
        var visibility = FormVisibility.For(placed.Form, current.Values);
        var files = await journey.FileNamesAsync(current, cancellationToken);
        var rows = new List<FormCheckRow>();
        foreach (var page in visibility.ShownPages)
        {
            foreach (var field in page.Fieldsets.SelectMany(f => f.Fields).Where(visibility.IsShown))
            {
                if (types.Find(field.FieldTypeId) is not { StoresValue: true } type || type is HiddenFieldType)
                {
                    continue;
                }

                var values = current.Values.GetValueOrDefault(field.Key) ?? [];
                var answer = type.IsFile ? files.GetValueOrDefault(field.Key, "") : values.Count == 0 ? "" : type.Describe(field, values, await choices.ForAsync(field, cancellationToken));
                rows.Add(new FormCheckRow(FormFieldType.Label(field), answer, FormSteps.StepUrl(placed, page) + "?change=true", FormFieldModel.NameOf(field)));
            }
        }

        return rows;
    }
}
