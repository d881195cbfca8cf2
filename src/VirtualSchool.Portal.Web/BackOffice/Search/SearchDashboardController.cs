using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Core.Search;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Web.BackOffice.Security;
using VirtualSchool.Portal.Web.BackOffice.Users;

namespace VirtualSchool.Portal.Web.BackOffice.Search;

/// <summary>
/// Settings → Search, Examine Management's counterpart (administrators): each of this node's indexes with its document
/// count, health, last update and folder; a rebuild in the background with its progress (a status endpoint the page's
/// script polls; without script, the page itself); and a search tester showing every field and score of each hit.
/// </summary>
[Authorize(Policy = BackOfficePolicies.ManageSettings)]
public sealed class SearchDashboardController(ISearchIndexAdmin indexes, ISearcher searcher, UserManager<BackOfficeUser> users, AuditLog audit) : BackOfficeController
{
    private const string Base = "umbraco/settings/search";

    [HttpGet(Base)]
    public IActionResult Index() => View(SearchViews.Dashboard, Rows());

    /// <summary>The same rows as JSON, for the page's script while a rebuild runs.</summary>
    [HttpGet(Base + "/status")]
    public IActionResult Status() => Json(Rows());

    [HttpPost(Base + "/rebuild")]
    public async Task<IActionResult> Rebuild(string? index, CancellationToken cancellationToken)
    {
        var name = SearchIndexNames.All.FirstOrDefault(n => n == index);
        if (name is null)
        {
            return NotFound();
        }

        if (!indexes.RequestRebuild(name))
        {
            TempData["Error"] = $"{name} is already being rebuilt. Its progress is below.";
            return Redirect("/" + Base);
        }

        var me = await users.GetUserAsync(User);
        await audit.RecordAsync(AuditActions.SearchIndexRebuild, me?.Id.ToString(), me?.Email, "search-index", name, name, "rebuild", ClientAddress, cancellationToken);
        TempData["Message"] = $"{name} is being rebuilt in the background. Searches keep answering meanwhile; its progress is below.";
        return Redirect("/" + Base);
    }

    [HttpGet(Base + "/tester")]
    public async Task<IActionResult> Tester(string? index, string? q, string? reader, CancellationToken cancellationToken)
    {
        var text = q?.Trim() ?? "";
        var name = SearchIndexNames.All.FirstOrDefault(n => n == index);
        var asPublic = reader == "public";
        var errors = new FormErrors();
        if (index is not null && name is null)
        {
            errors.Add("index", "Choose an index");
        }

        if (text.Length > SearchRequest.MaxTextLength)
        {
            errors.Add("q", $"Search text must be {SearchRequest.MaxTextLength} characters or fewer");
        }

        if (reader is not (null or "" or "public" or "back-office"))
        {
            errors.Add("reader", "Choose whose results to see");
        }

        var model = new SearchTesterModel(name ?? SearchIndexNames.External, text.Length > SearchRequest.MaxTextLength ? text[..SearchRequest.MaxTextLength] : text, asPublic, null);
        if (errors.Count > 0)
        {
            ViewData["Errors"] = errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(SearchViews.Tester, model);
        }

        if (text.Length == 0)
        {
            return View(SearchViews.Tester, model);
        }

        var results = await searcher.SearchAsync(model.Index, new SearchRequest
        {
            Text = text,
            PageSize = SearchRequest.MaxPageSize,
            Reader = asPublic ? SearchReader.Public : SearchReader.BackOffice,
        }, cancellationToken);
        return View(SearchViews.Tester, model with { Results = results });
    }

    private List<SearchIndexRow> Rows() => [.. indexes.Statuses().Select(SearchIndexRow.From)];
}
