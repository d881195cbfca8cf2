using System.Net;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.BackOffice;

/// <summary>A back office whose uSync folder is a copy of the repository's, so that no test writes to the repository.</summary>
public sealed class USyncCopyFactory : BackOfficeFactory
{
    public USyncCopyFactory()
    {
        USyncFolder = Path.Combine(DataPath, "uSync");
        Copy(Path.Combine(RepositoryRoot, "uSync"), USyncFolder);
    }

    public string USyncFolder { get; }

    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            settings["Portal:USync:Folder"] = USyncFolder;
            return settings;
        }
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.GetDirectories(from))
        {
            Copy(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }
}

/// <summary>Administrators export the site to uSync files.</summary>
[Trait("Category", "Integration")]
public sealed class USyncExportPageTests(USyncCopyFactory factory) : IClassFixture<USyncCopyFactory>
{
    [Fact]
    public async Task Export_writes_the_files_to_the_configured_folder_and_reports_counts_per_type()
    {
        var admin = await factory.SignInAdministratorAsync();
        var contentFolder = Path.Combine(factory.USyncFolder, "v17", "Content");
        var before = DateTime.UtcNow;

        var response = await BackOfficeBrowser.PostFormAsync(admin, "/umbraco/usync", "/umbraco/usync/export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalFactory.ParseAsync(response);
        Assert.Equal("Exported", page.QuerySelector("#export-report")!.TextContent.Trim());
        var written = Directory.GetFiles(contentFolder, "*.config");
        Assert.NotEmpty(written);
        Assert.All(written, f => Assert.True(File.GetLastWriteTimeUtc(f) >= before.AddSeconds(-1), f));
        var contentCount = page.QuerySelector("#export-counts tr[data-type='Content'] td")!.TextContent.Trim();
        Assert.Equal(written.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), contentCount);
        var audited = await factory.Services.GetRequiredService<AuditLog>().QueryAsync(new AuditQuery(Action: AuditActions.Export));
        Assert.Contains(audited.Entries, e => e.UserName!.StartsWith("admin-", StringComparison.Ordinal) && e.ItemName == factory.USyncFolder);
    }

    [Fact]
    public async Task USync_is_refused_to_editors_writers_training_coordinators_and_anonymous_readers()
    {
        foreach (var role in new[] { BackOfficeRoles.Editor, BackOfficeRoles.Writer, BackOfficeRoles.TrainingCoordinator })
        {
            var refused = await (await factory.SignInAsync(role)).GetAsync("/umbraco/usync");
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.StartsWith("/umbraco/denied", refused.Headers.Location!.PathAndQueryOf(), StringComparison.Ordinal);
        }

        var anonymous = await factory.CreateBrowserlikeClient().GetAsync("/umbraco/usync");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/umbraco/login", anonymous.Headers.Location!.PathAndQueryOf(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/umbraco/usync/export")]
    [InlineData("/umbraco/usync/check")]
    [InlineData("/umbraco/usync/import")]
    public async Task Posts_without_the_antiforgery_token_are_refused(string action)
    {
        var admin = await factory.SignInAdministratorAsync();

        var response = await admin.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string>()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}

/// <summary>Administrators check what an import would do, then import.</summary>
[Trait("Category", "Integration")]
public sealed class USyncImportPageTests(USyncCopyFactory factory) : IClassFixture<USyncCopyFactory>
{
    private const string OldText = "This accessibility statement applies to the Cambridgeshire Virtual School website.";
    private const string NewText = "This statement, changed in uSync, applies to the Virtual School website.";

    private async Task<string> PublicPageAsync() =>
        await (await factory.CreateClient().GetAsync("/accessibility-statement")).Content.ReadAsStringAsync();

    [Fact]
    public async Task A_dry_run_changes_nothing_and_import_now_applies_what_it_showed()
    {
        var admin = await factory.SignInAdministratorAsync();
        var file = Path.Combine(factory.USyncFolder, "v17", "Content", "accessibility-statement.config");
        Assert.Contains(OldText, await PublicPageAsync(), StringComparison.Ordinal);
        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file)).Replace(OldText, NewText, StringComparison.Ordinal));

        var checkedResponse = await BackOfficeBrowser.PostFormAsync(admin, "/umbraco/usync", "/umbraco/usync/check");

        Assert.Equal(HttpStatusCode.OK, checkedResponse.StatusCode);
        var check = await PortalFactory.ParseAsync(checkedResponse);
        var updated = check.QuerySelectorAll("#import-items tr[data-change='Updated']").ToList();
        Assert.Single(updated);
        Assert.Contains("accessibility-statement.config", updated[0].GetAttribute("data-file"), StringComparison.Ordinal);
        Assert.Empty(check.QuerySelectorAll("#import-items tr[data-change='Failed']"));
        Assert.Contains(OldText, await PublicPageAsync(), StringComparison.Ordinal);

        var importForm = check.QuerySelector("form[action='/umbraco/usync/import']")!;
        var imported = await HtmlForms.PostAsync(admin, importForm, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var report = await PortalFactory.ParseAsync(imported);
        Assert.Equal("Imported", report.QuerySelector("#import-report")!.TextContent.Trim());
        Assert.Single(report.QuerySelectorAll("#import-items tr[data-change='Updated']"));
        var page = await PublicPageAsync();
        Assert.Contains(NewText, page, StringComparison.Ordinal);
        Assert.DoesNotContain(OldText, page, StringComparison.Ordinal);
        var audited = await factory.Services.GetRequiredService<AuditLog>().QueryAsync(new AuditQuery(Action: AuditActions.Import));
        Assert.Contains(audited.Entries, e => e.UserName!.StartsWith("admin-", StringComparison.Ordinal) && e.Detail!.StartsWith("0 created, 1 updated", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_now_imports_nothing_when_the_files_changed_after_the_check()
    {
        var admin = await factory.SignInAdministratorAsync();
        var check = await PortalFactory.ParseAsync(await BackOfficeBrowser.PostFormAsync(admin, "/umbraco/usync", "/umbraco/usync/check"));
        var file = Path.Combine(factory.USyncFolder, "v17", "Content", "privacy-notice.config");
        var original = await File.ReadAllTextAsync(file);
        await File.WriteAllTextAsync(file, original.Replace("<NodeName Default=\"", "<NodeName Default=\"Changed ", StringComparison.Ordinal));
        try
        {
            var response = await HtmlForms.PostAsync(admin, check.QuerySelector("form[action='/umbraco/usync/import']")!, new Dictionary<string, string>());

            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            var page = await PortalFactory.ParseAsync(response);
            Assert.NotNull(page.QuerySelector("#changed-since-check"));
            Assert.NotNull(page.QuerySelector("form[action='/umbraco/usync/import']"));
            var privacyResponse = await factory.CreateClient().GetAsync("/privacy-notice");
            Assert.Equal(HttpStatusCode.OK, privacyResponse.StatusCode);
            var privacy = await PortalFactory.ParseAsync(privacyResponse);
            Assert.DoesNotContain("Changed", privacy.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        }
        finally
        {
            await File.WriteAllTextAsync(file, original);
        }
    }
}
