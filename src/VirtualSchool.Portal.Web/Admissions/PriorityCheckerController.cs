using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Primitives;
using VirtualSchool.Portal.Core;
using VirtualSchool.Portal.Core.Admissions;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Web.Content;

namespace VirtualSchool.Portal.Web.Admissions;

/// <summary>
/// "Does my child get priority for a school place?": one question per page, "Check your answers", a result. The
/// start page is the published <c>priorityChecker</c> page itself; its questions, rules and results are its content.
/// The answers live only in the request (query string and form): nothing is stored, logged or cached, and pages
/// are sent no-store with no referrer. Answering changes nothing on the server, so the form needs no antiforgery
/// token (and the journey sets no cookie).
/// </summary>
[Route("admissions/priority-checker")]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class PriorityCheckerController(IPublishedContentCache cache, SiteModelFactory sites) : Controller
{
    public override void OnActionExecuting(ActionExecutingContext context)
    {
        Response.Headers["Referrer-Policy"] = "no-referrer";
        base.OnActionExecuting(context);
    }

    [HttpGet(CheckerRoutes.CheckAnswers)]
    public IActionResult Check() => WithChecker(published =>
    {
        var progress = published.Checker.Walk(Answers(Request.Query));
        if (!progress.IsComplete)
        {
            return Redirect(Resume(progress));
        }

        var answers = progress.Answers;
        var rows = progress.Steps.Select(s => new CheckerAnswerRow(s, CheckerRoutes.Question(s.Question.Id, answers))).ToList();
        Layout(published.Page, "Check your answers");
        return View("~/Views/Admissions/CheckAnswers.cshtml", new CheckerAnswersPage(rows, CheckerRoutes.Outcome(answers), CheckerRoutes.Question(progress.Steps[^1].Question.Id, answers)));
    });

    [HttpGet(CheckerRoutes.Result)]
    public IActionResult Result() => WithChecker(published =>
    {
        var progress = published.Checker.Walk(Answers(Request.Query));
        if (!progress.IsComplete || published.Checker.Evaluate(progress) is not { } result)
        {
            // An unfinished path goes on where it stopped (a path without a result cannot happen: see WithChecker).
            return Redirect(Resume(progress));
        }

        Layout(published.Page, result.Title);
        var check = CheckerRoutes.Check(progress.Answers);
        return View("~/Views/Admissions/Result.cshtml", new CheckerResultPage(result, check, published.StartUrl, check));
    });

    [HttpGet("{question}")]
    public IActionResult Ask(string question) => WithChecker(published =>
    {
        if (published.Checker.Question(question) is not { } asked)
        {
            return NotFound();
        }

        var given = Answers(Request.Query);
        var progress = published.Checker.Walk(given);
        // Only a question on the reader's path is asked: the next one, or one already answered (to change it).
        if (progress.Next?.Id != asked.Id && progress.Steps.All(s => s.Question.Id != asked.Id))
        {
            return Redirect(Resume(progress));
        }

        return QuestionView(published, progress, asked, given.GetValueOrDefault(asked.Id), error: null);
    });

    [HttpPost("{question}")]
    public IActionResult Answer(string question) => WithChecker(published =>
    {
        if (published.Checker.Question(question) is not { } asked)
        {
            return NotFound();
        }

        var given = Answers(Request.Form);
        if (asked.Answer(given.GetValueOrDefault(asked.Id)) is null)
        {
            given.Remove(asked.Id);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return QuestionView(published, published.Checker.Walk(given), asked, null, new FormError(asked.Id, asked.ErrorMessage));
        }

        // Post/redirect/get with 303 See Other: the next question on the path, or "Check your answers" at its end.
        Response.Headers.Location = Resume(published.Checker.Walk(given));
        return StatusCode(StatusCodes.Status303SeeOther);
    });

    private ViewResult QuestionView(PublishedChecker published, CheckerProgress progress, CheckerQuestion asked, string? chosen, FormError? error)
    {
        var carried = progress.Answers.Where(a => a.Key != asked.Id).ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
        var before = progress.Before(asked.Id);
        var back = before is null ? published.StartUrl : CheckerRoutes.Question(before.Id, progress.Answers);
        Layout(published.Page, (error is null ? "" : "Error: ") + asked.Text);
        return View("~/Views/Admissions/Question.cshtml", new CheckerQuestionPage(asked, chosen, carried, CheckerRoutes.Question(asked.Id, new Dictionary<string, string>()), back, error));
    }

    private static string Resume(CheckerProgress progress) =>
        progress.Next is { } next ? CheckerRoutes.Question(next.Id, progress.Answers) : CheckerRoutes.Check(progress.Answers);

    private IActionResult WithChecker(Func<PublishedChecker, IActionResult> action)
    {
        if (CheckerContent.Find(cache) is not { } published)
        {
            return NotFound();
        }

        if (published.Problems.Count > 0)
        {
            // Content that would lead a reader to a dead end or round in a circle is not run; the team sees why on the start page.
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            Layout(published.Page, "The priority checker is not available");
            return View("~/Views/Admissions/Unavailable.cshtml", new CheckerUnavailablePage(published.StartUrl));
        }

        return action(published);
    }

    private static Dictionary<string, string> Answers(IEnumerable<KeyValuePair<string, StringValues>> values) =>
        values.Where(v => !StringValues.IsNullOrEmpty(v.Value))
            .ToDictionary(v => v.Key, v => v.Value[^1] ?? "", StringComparer.Ordinal);

    private void Layout(PublishedContent page, string title)
    {
        ViewData["Site"] = sites.Create(page);
        ViewData["Title"] = title;
    }
}
