using System.Net;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.BackOffice;

/// <summary>Administrators see the scheduled jobs and run one now.</summary>
[Trait("Category", "Integration")]
public sealed class JobsTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    private const string Retention = "feedback-retention";

    private static async Task<AngleSharp.Dom.IElement> JobRowAsync(HttpClient client, string job)
    {
        var response = await client.GetAsync("/umbraco/jobs");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await PortalFactory.ParseAsync(response)).QuerySelector($"#jobs tr[data-job='{job}']") ?? throw new InvalidOperationException($"{job} is not listed");
    }

    [Fact]
    public async Task The_feedback_retention_job_is_listed_with_its_description_and_next_run()
    {
        var admin = await factory.SignInAdministratorAsync();

        var row = await JobRowAsync(admin, Retention);

        Assert.Contains("Erases page feedback comments", row.TextContent, StringComparison.Ordinal);
        var next = row.QuerySelector("[data-column='next-run']")!.TextContent.Trim();
        // The job runs daily at 03:15 UK time.
        Assert.EndsWith("03:15:00", next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_now_runs_the_job_records_its_result_and_is_audited()
    {
        var admin = await factory.SignInAdministratorAsync();

        // Every row has a "Run now" form; the job is named by its hidden fields.
        var run = await BackOfficeBrowser.PostFormAsync(admin, "/umbraco/jobs", "/umbraco/jobs/run", new Dictionary<string, string> { ["name"] = Retention });

        Assert.Equal(HttpStatusCode.Redirect, run.StatusCode);
        Assert.Equal("/umbraco/jobs", run.Headers.Location!.OriginalString);
        var banner = (await PortalFactory.ParseAsync(await admin.GetAsync("/umbraco/jobs"))).QuerySelector(".govuk-notification-banner--success");
        Assert.Contains(Retention, banner!.TextContent, StringComparison.Ordinal);
        var result = "";
        for (var attempt = 0; attempt < 50 && !result.Contains("Succeeded", StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(100);
            result = (await JobRowAsync(admin, Retention)).QuerySelector("[data-column='result']")!.TextContent;
        }

        Assert.Contains("Succeeded", result, StringComparison.Ordinal);
        var audited = await factory.Services.GetRequiredService<AuditLog>().QueryAsync(new AuditQuery(Action: AuditActions.JobRun));
        Assert.Contains(audited.Entries, e => e.ItemName == Retention && e.UserName!.StartsWith("admin-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Running_an_unknown_job_is_not_found()
    {
        var admin = await factory.SignInAdministratorAsync();

        var response = await BackOfficeBrowser.PostFormAsync(admin, "/umbraco/jobs", "/umbraco/jobs/run", new Dictionary<string, string> { ["name"] = "no-such-job" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Run_now_without_the_antiforgery_token_is_refused()
    {
        var admin = await factory.SignInAdministratorAsync();

        var response = await admin.PostAsync("/umbraco/jobs/run", new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = Retention }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Jobs_are_refused_to_editors_writers_training_coordinators_and_anonymous_readers()
    {
        foreach (var role in new[] { BackOfficeRoles.Editor, BackOfficeRoles.Writer, BackOfficeRoles.TrainingCoordinator })
        {
            var client = await factory.SignInAsync(role);
            var refused = await client.GetAsync("/umbraco/jobs");
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.StartsWith("/umbraco/denied", refused.Headers.Location!.PathAndQueryOf(), StringComparison.Ordinal);
            Assert.DoesNotContain("/umbraco/jobs", await (await client.GetAsync("/umbraco")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var anonymous = await factory.CreateBrowserlikeClient().GetAsync("/umbraco/jobs");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/umbraco/login", anonymous.Headers.Location!.PathAndQueryOf(), StringComparison.Ordinal);
    }
}
