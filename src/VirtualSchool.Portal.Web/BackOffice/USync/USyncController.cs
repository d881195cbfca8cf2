using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Infrastructure;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Infrastructure.USync;
using VirtualSchool.Portal.Web.BackOffice.Security;
using VirtualSchool.Portal.Web.BackOffice.Users;

namespace VirtualSchool.Portal.Web.BackOffice.USync;

/// <summary>
/// Exports the site to the configured uSync folder, and imports from it: always checked first with a dry run,
/// and the import itself re-checks so that what is imported is what the administrator was shown.
/// </summary>
[Authorize(Policy = BackOfficePolicies.SyncContent)]
public sealed class USyncController(
    USyncExporter exporter, USyncImporter importer, IOptions<PortalOptions> options, PortalLocations locations,
    UserManager<BackOfficeUser> users, AuditLog audit) : BackOfficeController
{
    private string Folder => Path.GetFullPath(options.Value.USync.Folder, locations.SiteRoot);

    [HttpGet("umbraco/usync")]
    public IActionResult Index() => View(new USyncViewModel(Folder));

    [HttpPost("umbraco/usync/export")]
    public async Task<IActionResult> Export()
    {
        var report = await exporter.ExportAsync(Folder, HttpContext.RequestAborted);
        await RecordAsync(AuditActions.Export, report.ToString());
        if (!report.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return View(nameof(Index), new USyncViewModel(Folder, Export: report));
    }

    [HttpPost("umbraco/usync/check")]
    public async Task<IActionResult> Check()
    {
        var report = await importer.ImportAsync(Folder, dryRun: true, HttpContext.RequestAborted);
        await RecordAsync(AuditActions.ImportCheck, report.ToString());
        return View(nameof(Index), new USyncViewModel(Folder, Check: report, CheckFingerprint: Fingerprint(report)));
    }

    [HttpPost("umbraco/usync/import")]
    public async Task<IActionResult> Import(string? fingerprint)
    {
        // The files, or the site, may have changed since the administrator read the dry run: if what an import
        // would do now is not what they were shown, they are shown the new dry run instead.
        var check = await importer.ImportAsync(Folder, dryRun: true, HttpContext.RequestAborted);
        var now = Fingerprint(check);
        if (!string.Equals(now, fingerprint, StringComparison.Ordinal))
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View(nameof(Index), new USyncViewModel(Folder, Check: check, CheckFingerprint: now, ChangedSinceCheck: true));
        }

        var report = await importer.ImportAsync(Folder, dryRun: false, HttpContext.RequestAborted);
        await RecordAsync(AuditActions.Import, report.ToString());
        return View(nameof(Index), new USyncViewModel(Folder, Import: report));
    }

    private async Task RecordAsync(string action, string detail)
    {
        var me = await users.GetUserAsync(User);
        await audit.RecordAsync(action, me?.Id.ToString(), me?.Email, "usync", null, Folder, detail, ClientAddress, HttpContext.RequestAborted);
    }

    private static string Fingerprint(USyncReport report)
    {
        var text = new StringBuilder();
        foreach (var item in report.Items.OrderBy(i => i.File, StringComparer.Ordinal).ThenBy(i => i.Key))
        {
            text.Append(item.File).Append('|').Append(item.ItemType).Append('|').Append(item.Key).Append('|').Append(item.Change).Append('|').Append(item.Reason).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
