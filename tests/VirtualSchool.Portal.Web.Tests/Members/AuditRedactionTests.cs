using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Infrastructure.Persistence;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Members;

/// <summary>
/// The audit log's one permitted change, checked by the database itself on both providers: an erased person's
/// address and IP addresses can be removed from entries, and nothing else about an entry can be changed.
/// </summary>
public sealed class AuditRedactionTests
{
    private sealed class PostgresFactory(string connectionString) : PortalFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Portal:Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:Portal"] = connectionString,
        };
    }

    [Fact]
    [Trait("Category", "Integration")]
    public async Task An_erased_persons_traces_are_redacted_and_nothing_else_can_be_changed_on_SQLite()
    {
        using var portal = new PortalFactory();
        await RedactsButRefusesRewritesAsync(portal);
    }

    [PostgresFact]
    [Trait("Category", "PostgreSql")]
    public async Task An_erased_persons_traces_are_redacted_and_nothing_else_can_be_changed_on_PostgreSQL()
    {
        await using var database = await PostgresDatabase.CreateAsync("vsp_audit_");
        using var portal = new PostgresFactory(database.ConnectionString(b => { b.Pooling = false; }));
        await RedactsButRefusesRewritesAsync(portal);
    }

    private static async Task RedactsButRefusesRewritesAsync(PortalFactory portal)
    {
        _ = portal.CreateClient();
        var audit = portal.Services.GetRequiredService<AuditLog>();
        var id = Guid.NewGuid().ToString();
        await audit.RecordAsync(AuditActions.MemberSignIn, id, "Leaver@Example.org", "member", id, "leaver@example.org", "password", "203.0.113.9");
        await audit.RecordAsync(AuditActions.MemberSignInFailed, null, "leaver@example.org", ipAddress: "203.0.113.9");
        await audit.RecordAsync(AuditActions.MemberGroupsChanged, "staff-1", "clerk@virtualschool.test", "member", id, "leaver@example.org", "to Governors", "198.51.100.1");

        var (entries, _) = await portal.Services.GetRequiredService<PersonalDataTraces>().EraseAsync(id, "leaver@example.org");

        Assert.Equal(3, entries);
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var all = await db.AuditLog.AsNoTracking().ToListAsync();
        Assert.DoesNotContain(all, e => $"{e.UserName} {e.ItemName} {e.Detail}".Contains("leaver@", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(all, e => e.IpAddress == "203.0.113.9");
        var staff = Assert.Single(all, e => e.UserId == "staff-1");
        Assert.Equal("clerk@virtualschool.test", staff.UserName);
        Assert.Equal("198.51.100.1", staff.IpAddress);
        Assert.Equal(PersonalDataTraces.Erased, staff.ItemName);

        // Anything but a redaction is refused by the database: what happened, who, and deleting.
        await Assert.ThrowsAsync<DbUpdateException>(async () =>
        {
            staff.Action = AuditActions.SignIn;
            db.AuditLog.Update(staff);
            await db.SaveChangesAsync();
        });
        db.ChangeTracker.Clear();
        var other = await db.AuditLog.FirstAsync(e => e.UserId == "staff-1");
        await Assert.ThrowsAsync<DbUpdateException>(async () =>
        {
            other.UserName = "someone else";
            await db.SaveChangesAsync();
        });
        db.ChangeTracker.Clear();
        await Assert.ThrowsAsync<DbUpdateException>(async () =>
        {
            db.AuditLog.Remove(await db.AuditLog.FirstAsync());
            await db.SaveChangesAsync();
        });
    }
}
