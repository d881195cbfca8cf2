using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Web.BackOffice.Persistence;
using VirtualSchool.Portal.Web.BackOffice.Users;

namespace VirtualSchool.Portal.Web.BackOffice.Search;

/// <summary>Back-office users by name or email address (administrators), from the users' own store.</summary>
public sealed class UserSearchGroup(BackOfficeDbContext db) : IBackOfficeSearchGroup
{
    public string Key => "users";

    public string Title => "Users";

    public string Policy => BackOfficePolicies.ManageUsers;

    public async Task<BackOfficeSearchGroupResult> SearchAsync(BackOfficeSearchQuery query, CancellationToken cancellationToken)
    {
        var text = query.Text.ToUpperInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // EF translates string.ToUpper() to SQL upper(); culture overloads do not translate.
        var matches = db.Users.AsNoTracking()
            .Where(u => (u.NormalizedEmail != null && u.NormalizedEmail.Contains(text)) || u.Name.ToUpper().Contains(text));
#pragma warning restore CA1304, CA1311, CA1862
        var total = await matches.CountAsync(cancellationToken);
        var page = await matches.OrderBy(u => u.Name).ThenBy(u => u.Email)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(u => new { u.Name, u.Email, u.IsDisabled, Invited = u.PasswordHash == null })
            .ToListAsync(cancellationToken);
        var items = page.Select(u => new BackOfficeSearchItem(
            string.IsNullOrWhiteSpace(u.Name) ? u.Email ?? "(no name)" : u.Name,
            "/umbraco/users",
            u.Email,
            Tag: u.IsDisabled ? "Disabled" : u.Invited ? "Invited" : null)).ToList();
        return new BackOfficeSearchGroupResult(total, items);
    }
}
