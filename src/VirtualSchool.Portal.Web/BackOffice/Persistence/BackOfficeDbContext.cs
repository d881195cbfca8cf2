using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Security;

namespace VirtualSchool.Portal.Web.BackOffice.Persistence;

/// <summary>
/// The back office's user store (ASP.NET Core Identity), in the portal's database but in tables of its own
/// and with its own migrations history, so members (a separate store) never mix with staff.
/// </summary>
public sealed class BackOfficeDbContext(DbContextOptions<BackOfficeDbContext> options)
    : IdentityDbContext<BackOfficeUser, IdentityRole<Guid>, Guid>(options)
{
    public const string HistoryTable = "__BackOfficeMigrationsHistory";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<BackOfficeUser>(e =>
        {
            e.ToTable("BackOfficeUsers");
            e.Property(u => u.Name).HasMaxLength(256);
        });
        builder.Entity<IdentityRole<Guid>>().ToTable("BackOfficeRoles");
        builder.Entity<IdentityUserRole<Guid>>().ToTable("BackOfficeUserRoles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("BackOfficeUserClaims");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("BackOfficeRoleClaims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("BackOfficeUserLogins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("BackOfficeUserTokens");
        SignInSession.Configure<BackOfficeUser>(builder, "BackOfficeSessions");
    }
}
