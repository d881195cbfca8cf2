using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Core.Feedback;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Infrastructure.Feedback;
using VirtualSchool.Portal.Web.Content;
using VirtualSchool.Portal.Web.Members;
using VirtualSchool.Portal.Web.Security;

namespace VirtualSchool.Portal.Web.Feedback;

/// <summary>
/// "Is this page useful?": step one records yes or no; step two (optional) adds what the reader was trying
/// to do. Works as plain forms (303 back to the page) and as JSON for the enhanced component.
/// </summary>
[Route("feedback")]
public sealed class FeedbackController(FeedbackService feedback, IPublishedContentCache cache, IPublicAccess access, SiteModelFactory sites) : Controller
{
    public const string RateLimitPolicy = "feedback";

    [HttpPost]
    [ValidateFormToken]
    [EnableRateLimiting(RateLimitPolicy)]
    [RequestSizeLimit(16 * 1024)]
    [RequestFormLimits(ValueCountLimit = 20, ValueLengthLimit = 8 * 1024, KeyLengthLimit = 200)]
    public async Task<IActionResult> Post([FromForm] FeedbackForm form, CancellationToken cancellationToken)
    {
        var page = Guid.TryParse(form.PageKey, out var key) ? cache.GetByKey(key) : null;
        if (page is not null && !await MayReadAsync(page))
        {
            // As the page itself answers a stranger: nothing is stored and its address is not revealed.
            return NotFound();
        }

        if (!string.IsNullOrEmpty(form.Website))
        {
            // A bot filled in the hidden field: thank it and keep nothing.
            return Done(page, token: null);
        }

        if (!string.IsNullOrEmpty(form.Token))
        {
            return await CommentAsync(form, page, cancellationToken);
        }

        if (page?.Route is null)
        {
            return Invalid(null, "pageKey", "We could not tell which page your feedback is about. Go back to the page and try again.");
        }

        bool? useful = form.Useful?.Trim().ToLowerInvariant() switch
        {
            "yes" => true,
            "no" => false,
            _ => null,
        };
        if (useful is null)
        {
            return Invalid(page, "useful", "Select yes if this page is useful, or no if it is not");
        }

        var entry = await feedback.RecordAsync(page.Key, page.Route, useful.Value, cancellationToken);
        return Done(page, entry.Token);
    }

    private async Task<IActionResult> CommentAsync(FeedbackForm form, PublishedContent? page, CancellationToken cancellationToken)
    {
        var token = form.Token!.Trim();
        // Browsers send line breaks as CRLF; count them as one character, as the character count does.
        var comment = form.Comment?.Replace("\r\n", "\n", StringComparison.Ordinal).Trim() ?? "";
        var entry = token.Length <= 64 ? await feedback.FindByTokenAsync(token, cancellationToken) : null;
        page ??= entry is null ? null : cache.GetByKey(entry.PageKey);
        if (page is not null && !await MayReadAsync(page))
        {
            return NotFound();
        }

        if (entry is null || page?.Route is null)
        {
            return Invalid(page, "comment", "We could not match your comment to your answer. Go back to the page and answer again.");
        }

        if (comment.Length > FeedbackEntry.MaxCommentLength)
        {
            return Invalid(page, "comment", $"What you were trying to do must be {FeedbackEntry.MaxCommentLength:N0} characters or fewer", token, comment);
        }

        if (comment.Length == 0)
        {
            return Done(page, token: null);
        }

        var added = await feedback.AddCommentAsync(token, comment, cancellationToken);
        return added.Status switch
        {
            CommentStatus.Added => Done(page, token: null),
            CommentStatus.AlreadyCommented => Invalid(page, "comment", "You have already told us about this page. Thank you."),
            _ => Invalid(page, "comment", "Your answer was too long ago to add a comment to. Answer again to tell us more."),
        };
    }

    /// <summary>Whether the sender may read the page: anyone for a public page, its member groups for a restricted one.</summary>
    private async Task<bool> MayReadAsync(PublishedContent page) =>
        !access.IsProtected(page) || access.CanView(page, await MemberPrincipals.GroupsAsync(HttpContext));

    private bool WantsJson() =>
        Request.Headers.Accept.Any(a => a?.Contains("application/json", StringComparison.OrdinalIgnoreCase) == true);

    private IActionResult Done(PublishedContent? page, string? token)
    {
        if (WantsJson())
        {
            return token is null ? Json(new { ok = true }) : Json(new { token, commentAllowed = true });
        }

        // The return address is the page's own route, never one the form supplied: no open redirects.
        // A 303, so the browser follows the form post with a GET.
        Response.Headers.Location = $"{page?.Route ?? "/"}?feedback={token ?? "thanks"}#feedback";
        return StatusCode(StatusCodes.Status303SeeOther);
    }

    private IActionResult Invalid(PublishedContent? page, string field, string message, string? token = null, string? comment = null)
    {
        if (WantsJson())
        {
            return BadRequest(new { errors = new Dictionary<string, string> { [field] = message } });
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        var state = new FeedbackState(page?.Key ?? Guid.Empty, page?.Route ?? "/", token, Thanked: false, CommentError: message, Comment: comment);
        return View("Error", new FeedbackErrorModel(sites.Create(page), page, state, field, message));
    }
}
