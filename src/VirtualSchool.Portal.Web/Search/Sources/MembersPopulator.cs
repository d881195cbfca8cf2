using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core.Search;
using VirtualSchool.Portal.Infrastructure.Search.Sources;
using VirtualSchool.Portal.Web.Members;
using VirtualSchool.Portal.Web.Members.Persistence;

namespace VirtualSchool.Portal.Web.Search.Sources;

/// <summary>The members index: every member with their name, email and groups.</summary>
public sealed class MembersPopulator(IServiceScopeFactory scopes) : ISearchIndexPopulator
{
    public string Index => SearchIndexNames.Members;

    public async Task<string> FingerprintAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MembersDbContext>();
        var stamps = await db.Users.AsNoTracking().OrderBy(m => m.Id).Select(m => m.ConcurrencyStamp).ToListAsync(cancellationToken);
        var memberships = await db.UserRoles.CountAsync(cancellationToken);
        return SourceFingerprints.Join("members", stamps.Count, memberships, Stable(string.Join(',', stamps)));
    }

    public async IAsyncEnumerable<SearchDocument> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MembersDbContext>();
        foreach (var (member, groups) in await MemberDocuments.ReadAllAsync(db, cancellationToken))
        {
            yield return MemberDocuments.Build(member, groups);
        }
    }

    /// <summary>A hash that is the same in every process (string.GetHashCode is not), for the fingerprint stored with the index.</summary>
    private static string Stable(string text) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..16];
}
