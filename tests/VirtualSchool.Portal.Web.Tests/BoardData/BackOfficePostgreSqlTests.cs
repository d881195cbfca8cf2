using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.BoardData;
using VirtualSchool.Portal.Infrastructure.BoardData;
using VirtualSchool.Portal.Web.Tests.BackOffice;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.BoardData;

/// <summary>The Board data store on PostgreSQL: the migration, the seeded examples, a draft's versions and publishing.</summary>
[Trait("Category", "PostgreSql")]
public sealed class BackOfficePostgreSqlTests
{
    private sealed class PostgresBackOfficeFactory(string connectionString) : BackOfficeFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
        {
            ["Portal:Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:Portal"] = connectionString,
        };
    }

    [PostgresFact]
    public async Task The_store_keeps_versions_publishes_and_reads_back_on_PostgreSQL()
    {
        await using var database = await PostgresDatabase.CreateAsync("vsp_");
        using var portal = new PostgresBackOfficeFactory(database.ConnectionString(b => { b.Pooling = false; }));
        var officer = await portal.SignInAsync(VirtualSchool.Portal.Web.BackOffice.Users.BackOfficeRoles.DataOfficer);
        var store = portal.Services.GetRequiredService<BoardDataStore>();
        Assert.Equal(3, (await store.PublishedAsync()).Count);

        var slug = BackOfficeBoardData.NewTerm();
        var term = BackOfficeBoardData.Term(slug);
        await BackOfficeBoardData.UploadAsync(officer, slug, BackOfficeBoardData.Csv("suspensions,all,12,,,,\n"));
        await BackOfficeBoardData.UploadAsync(officer, slug, BackOfficeBoardData.Csv("suspensions,all,13,,,,\nattendance,all,,148,91.2,90.1,\n"));
        Assert.True((await store.SaveCommentaryAsync(term, "Better.")).Succeeded);
        Assert.True((await store.PublishAsync(term, 2, "officer")).Succeeded);

        var published = Assert.Single(await store.PublishedAsync(), t => t.Term == term);
        Assert.Equal((2, "Better.", 91.2m), (published.Version, published.Commentary, published.Find("attendance")!.Value));
        Assert.Equal(BoardDataSaveStatus.AlreadyPublished, (await store.AddVersionAsync(term, published.Figures, "x.csv", "officer", false)).Status);
        Assert.Equal(2, (await store.VersionsAsync(term)).Count);
    }
}
