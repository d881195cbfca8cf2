using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VirtualSchool.Portal.Core.Search;
using VirtualSchool.Portal.Web.BackOffice.Security;
using VirtualSchool.Portal.Web.BackOffice.Users;

namespace VirtualSchool.Portal.Web.BackOffice.Search;

/// <summary>
/// <c>/umbraco/search?q=</c>, where the box on every back-office screen goes: results grouped by section, each group
/// only for the roles its section is open to, each result opening its editor.
/// </summary>
public sealed class BackOfficeSearchController(IEnumerable<IBackOfficeSearchGroup> groups, IAuthorizationService authorization) : BackOfficeController
{
    /// <summary>Results per group when every group is shown, and per page when one is.</summary>
    public const int OverviewSize = 5;
    public const int SectionPageSize = 20;
    private const int MaxPage = 1_000;

    [HttpGet("umbraco/search")]
    public async Task<IActionResult> Index(string? q, string? section, string? page, CancellationToken cancellationToken)
    {
        var text = q?.Trim() ?? "";
        var errors = new FormErrors();
        if (Request.Query.Any(p => p.Value.Count > 1))
        {
            errors.Add("q", "Search for one thing at a time");
        }
        else if (text.Length > SearchRequest.MaxTextLength)
        {
            errors.Add("q", $"Search text must be {SearchRequest.MaxTextLength} characters or fewer");
        }

        var pageNumber = 1;
        if (page is not null && (!int.TryParse(page, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out pageNumber) || pageNumber is < 1 or > MaxPage))
        {
            errors.Add("q", "That page of results does not exist");
        }

        var allowed = await AllowedAsync(cancellationToken);
        var chosen = string.IsNullOrEmpty(section) ? null : groups.FirstOrDefault(g => g.Key == section);
        if (!string.IsNullOrEmpty(section) && chosen is null)
        {
            errors.Add("q", "There is no such section to search");
        }
        else if (chosen is not null && !allowed.Contains(chosen))
        {
            return Forbid(BackOfficePolicies.Scheme);
        }

        if (errors.Count > 0)
        {
            ViewData["Errors"] = errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(SearchViews.Results, new BackOfficeSearchPage(text.Length > SearchRequest.MaxTextLength ? text[..SearchRequest.MaxTextLength] : text, null, 1, OverviewSize, []));
        }

        if (text.Length == 0)
        {
            return View(SearchViews.Results, new BackOfficeSearchPage("", null, 1, OverviewSize, []));
        }

        var size = chosen is null ? OverviewSize : SectionPageSize;
        var query = new BackOfficeSearchQuery(text, chosen is null ? 1 : pageNumber, size);
        var views = new List<BackOfficeSearchGroupView>();
        foreach (var group in chosen is null ? allowed : [chosen])
        {
            views.Add(new BackOfficeSearchGroupView(group.Key, group.Title, await group.SearchAsync(query, cancellationToken)));
        }

        return View(SearchViews.Results, new BackOfficeSearchPage(text, chosen?.Key, query.Page, size, views));
    }

    /// <summary>The groups whose section's policy this user meets, in their registered order.</summary>
    private async Task<List<IBackOfficeSearchGroup>> AllowedAsync(CancellationToken cancellationToken)
    {
        var allowed = new List<IBackOfficeSearchGroup>();
        foreach (var group in groups)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if ((await authorization.AuthorizeAsync(User, group.Policy)).Succeeded)
            {
                allowed.Add(group);
            }
        }

        return allowed;
    }
}
