using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Infrastructure.Search;
using VirtualSchool.Portal.Web.BackOffice.Security;
using VirtualSchool.Portal.Web.BackOffice.Users;

namespace VirtualSchool.Portal.Web.BackOffice.Search;

/// <summary>
/// The synonyms searches expand with (administrators and editors): list, add, change and delete groups through
/// <see cref="SearchSynonymStore"/>, which tells the other nodes. Every change is audited with the terms.
/// </summary>
[Authorize(Policy = SearchPolicies.ManageSynonyms)]
public sealed class SynonymsController(SearchSynonymStore synonyms, UserManager<BackOfficeUser> users, AuditLog audit) : BackOfficeController
{
    public const string Base = "umbraco/search/synonyms";

    [HttpGet(Base)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(SearchViews.Synonyms, await synonyms.GroupsAsync(cancellationToken));

    [HttpGet(Base + "/new")]
    public IActionResult Create() => View(SearchViews.SynonymEdit, new SynonymEditModel(0, ""));

    [HttpGet(Base + "/{id:int:min(1)}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken) =>
        (await synonyms.GroupsAsync(cancellationToken)).FirstOrDefault(g => g.Id == id) is { } group
            ? View(SearchViews.SynonymEdit, new SynonymEditModel(id, string.Join('\n', group.Terms)))
            : NotFound();

    /// <summary>Saves a new group (id 0) or a group's terms.</summary>
    [HttpPost(Base + "/{id:int:min(0)}")]
    public async Task<IActionResult> Save(int id, string? terms, CancellationToken cancellationToken)
    {
        var errors = new FormErrors();
        var read = SynonymTerms.Read(terms, errors);
        if (errors.Count > 0)
        {
            ViewData["Errors"] = errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(SearchViews.SynonymEdit, new SynonymEditModel(id, terms ?? ""));
        }

        var me = await users.GetUserAsync(User);
        if (!await synonyms.SaveAsync(id, read, me?.Email, cancellationToken))
        {
            return NotFound();
        }

        var listed = string.Join(" / ", read);
        await audit.RecordAsync(id == 0 ? AuditActions.SearchSynonymsCreate : AuditActions.SearchSynonymsEdit, me?.Id.ToString(), me?.Email,
            "search-synonyms", id == 0 ? null : id.ToString(System.Globalization.CultureInfo.InvariantCulture), read[0], listed, ClientAddress, cancellationToken);
        TempData["Message"] = $"Saved: {listed}. Searches use it straight away.";
        return Redirect("/" + Base);
    }

    [HttpGet(Base + "/{id:int:min(1)}/delete")]
    public async Task<IActionResult> ConfirmDelete(int id, CancellationToken cancellationToken) =>
        (await synonyms.GroupsAsync(cancellationToken)).FirstOrDefault(g => g.Id == id) is { } group
            ? View(SearchViews.SynonymDelete, group)
            : NotFound();

    [HttpPost(Base + "/{id:int:min(1)}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var group = (await synonyms.GroupsAsync(cancellationToken)).FirstOrDefault(g => g.Id == id);
        if (group is null || !await synonyms.DeleteAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var me = await users.GetUserAsync(User);
        var listed = string.Join(" / ", group.Terms);
        await audit.RecordAsync(AuditActions.SearchSynonymsDelete, me?.Id.ToString(), me?.Email, "search-synonyms",
            id.ToString(System.Globalization.CultureInfo.InvariantCulture), group.Terms.FirstOrDefault(), listed, ClientAddress, cancellationToken);
        TempData["Message"] = $"Deleted: {listed}.";
        return Redirect("/" + Base);
    }
}
