using System.Net;
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Members;

/// <summary>The members' store, public access rules and protected downloads on PostgreSQL.</summary>
[Trait("Category", "PostgreSql")]
public sealed class MembersPostgreSqlTests
{
    private sealed class PostgresMembersFactory(string connectionString) : MembersFactory
    {
        protected override IDictionary<string, string?> MemberSettings => new Dictionary<string, string?>
        {
            ["Portal:Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:Portal"] = connectionString,
        };
    }

    [PostgresFact]
    public async Task A_board_member_downloads_a_paper_that_anonymous_readers_cannot_reach_on_PostgreSQL()
    {
        await using var database = await PostgresDatabase.CreateAsync("vsp_");
        var connectionString = database.ConnectionString(b => { b.Pooling = false; });
        using var portal = new PostgresMembersFactory(connectionString);
        var anonymous = portal.CreateBrowserlikeClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/media/vsmb2602/termly-data-report-autumn-2026.docx")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/members/board/autumn-term-2026-meeting")).StatusCode);

        var board = await portal.SignInBoardMemberAsync();
        var download = await board.GetAsync("/members/files/689edfe3-3539-456d-8da7-6de09b074b39/termly-data-report-autumn-2026.docx");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var carer = await portal.SignInMemberAsync(await portal.CreateMemberAsync($"carer-{Guid.NewGuid():N}@example.org", false, MemberGroupNames.FosterCarers));
        Assert.Equal(HttpStatusCode.Forbidden, (await carer.GetAsync("/members/files/689edfe3-3539-456d-8da7-6de09b074b39/x.docx")).StatusCode);
    }
}
