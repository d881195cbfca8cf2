using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Infrastructure.Persistence;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.BackOffice;

/// <summary>The audit page's filters, through HTTP, as an administrator reads them: dates are UK days.</summary>
[Trait("Category", "Integration")]
public sealed class AuditPageTests(BackOfficeFactory portal) : IClassFixture<BackOfficeFactory>
{
    [Fact]
    public async Task A_date_range_covers_whole_UK_days_even_the_25_hour_day_the_clocks_go_back()
    {
        await using (var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            // Sunday 25 October 2026: the clocks go back at 02:00 BST, so the UK day runs 23:00 UTC on the 24th to 00:00 UTC on the 26th.
            foreach (var (at, detail) in new[]
            {
                (new DateTime(2026, 10, 24, 22, 30, 0, DateTimeKind.Utc), "dst-before"),
                (new DateTime(2026, 10, 24, 23, 30, 0, DateTimeKind.Utc), "dst-first-hour"),
                (new DateTime(2026, 10, 25, 23, 30, 0, DateTimeKind.Utc), "dst-last-hour"),
                (new DateTime(2026, 10, 26, 0, 30, 0, DateTimeKind.Utc), "dst-after"),
            })
            {
                db.AuditLog.Add(new AuditEntry { At = at, Action = AuditActions.Save, UserName = "dst@virtualschool.test", ItemType = "content", Detail = detail });
            }

            await db.SaveChangesAsync();
        }

        var admin = await portal.SignInAdministratorAsync();
        var response = await admin.GetAsync("/umbraco/audit?from=2026-10-25&to=2026-10-25&user=dst%40virtualschool.test");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = (await PortalFactory.ParseAsync(response)).QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, r => r.Contains("dst-first-hour", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("dst-last-hour", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/umbraco/audit?to=2026-02-30")).StatusCode);
    }
}
