using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using VirtualSchool.Portal.Infrastructure.Email;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Content;

/// <summary>The same portal on PostgreSQL: the migrations, the import and the pages.</summary>
[Trait("Category", "PostgreSql")]
public sealed class PostgreSqlTests
{
    private sealed class PostgresFactory(string connectionString) : PortalFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Portal:Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:Portal"] = connectionString,
        };
    }

    [PostgresFact]
    public async Task The_portal_migrates_imports_and_serves_its_pages_on_PostgreSQL()
    {
        await using var database = await PostgresDatabase.CreateAsync("vsp_");
        var connectionString = database.ConnectionString(b => { b.Pooling = false; });
        using (var factory = new PostgresFactory(connectionString))
        {
            var client = factory.CreateBrowserlikeClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/about/management-board")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await PortalFactory.WaitUntilReadyAsync(client)).StatusCode);
            var page = await PortalFactory.ParseAsync(await client.GetAsync("/admissions"));
            var form = page.QuerySelector("form[data-feedback-step=useful]")!;
            Assert.Equal(HttpStatusCode.SeeOther, (await HtmlForms.PostAsync(client, form, new Dictionary<string, string> { ["useful"] = "yes" })).StatusCode);

            // Quartz keeps its schedule in the same PostgreSQL database, and mail goes through the outbox there.
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var jobs = new NpgsqlCommand("SELECT count(*) FROM qrtz_job_details WHERE job_name IN ('email-outbox', 'feedback-retention', 'scheduled-publishing')", connection);
            Assert.Equal(3L, await jobs.ExecuteScalarAsync());
            await factory.Services.GetRequiredService<PortalMail>().QueueAsync("backoffice-invitation", "pg@school.test", new Dictionary<string, string?> { ["name"] = "PG" });
            var mail = await MailFolder.WaitForAsync(factory.DataPath, m => m.To.Contains("pg@school.test", StringComparison.Ordinal));
            Assert.Single(mail);
        }

        // A second boot on the same database neither re-imports nor fails.
        using var again = new PostgresFactory(connectionString);
        Assert.Equal(HttpStatusCode.OK, (await again.CreateBrowserlikeClient().GetAsync("/admissions")).StatusCode);
    }
}
