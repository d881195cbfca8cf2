using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core.Search;
using VirtualSchool.Portal.Web.Members;
using VirtualSchool.Portal.Web.Members.Persistence;

namespace VirtualSchool.Portal.Web.Search.Sources;

/// <summary>Members as the back office's members index holds them: name, email and groups, opening the members screen at them.</summary>
public static class MemberDocuments
{
    public static string IdOf(Guid id) => $"member:{id}";

    /// <summary>Every member with their groups (by name), as one read of a scope's members database.</summary>
    public static async Task<IReadOnlyList<(Member Member, IReadOnlyList<string> Groups)>> ReadAllAsync(MembersDbContext db, CancellationToken cancellationToken)
    {
        var members = await db.Users.AsNoTracking().OrderBy(m => m.Id).ToListAsync(cancellationToken);
        var groups = await db.UserRoles.AsNoTracking()
            .Join(db.Roles.AsNoTracking(), r => r.RoleId, g => g.Id, (r, g) => new { r.UserId, g.Name })
            .ToListAsync(cancellationToken);
        var byMember = groups.GroupBy(g => g.UserId).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(x => x.Name ?? "").Order(StringComparer.Ordinal).ToList());
        return members.Select(m => (m, byMember.GetValueOrDefault(m.Id, []))).ToList();
    }

    /// <summary>What changes when a member's document would: Identity moves the stamp on every change to the member.</summary>
    public static string Signature(Member member, IReadOnlyList<string> groups) =>
        $"{member.ConcurrencyStamp}|{string.Join('|', groups)}";

    public static SearchDocument Build(Member member, IReadOnlyList<string> groups)
    {
        var url = $"/umbraco/members?q={Uri.EscapeDataString(member.Email ?? member.Name)}";
        return new SearchDocument
        {
            Id = IdOf(member.Id),
            Kind = SearchKind.Member,
            Title = string.IsNullOrWhiteSpace(member.Name) ? member.Email ?? "" : member.Name,
            Url = url,
            Text = string.Join('\n', new[] { member.Email }.Concat(groups).Where(t => !string.IsNullOrWhiteSpace(t))),
            Date = member.CreatedAt,
            Extra = new Dictionary<string, string>
            {
                ["editUrl"] = url,
                ["email"] = member.Email ?? "",
                ["groups"] = string.Join(", ", groups),
            },
        };
    }
}
