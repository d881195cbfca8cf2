using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Web.Security;

namespace VirtualSchool.Portal.Web.Members.Persistence;

/// <summary>
/// The members' store (ASP.NET Core Identity), in the portal's database in tables of its own and with its own
/// migrations history, separate from the back office's users (see docs/decisions/0008).
/// </summary>
public sealed class MembersDbContext(DbContextOptions<MembersDbContext> options)
    : IdentityDbContext<Member, MemberGroup, Guid>(options)
{
    public const string HistoryTable = "__MembersMigrationsHistory";

    public DbSet<BoardPapersNotice> BoardPapersNotices => Set<BoardPapersNotice>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<Member>(e =>
        {
            e.ToTable("Members");
            e.Property(u => u.Name).HasMaxLength(256);
            e.Property(u => u.InvitedBy).HasMaxLength(256);
        });
        builder.Entity<MemberGroup>(e =>
        {
            e.ToTable("MemberGroups");
            e.Property(g => g.Description).HasMaxLength(500);
        });
        builder.Entity<IdentityUserRole<Guid>>().ToTable("MemberGroupMembers");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("MemberClaims");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("MemberGroupClaims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("MemberLogins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("MemberTokens");
        SignInSession.Configure<Member>(builder, "MemberSessions");
        builder.Entity<BoardPapersNotice>(e =>
        {
            e.ToTable("BoardPapersNotices");
            e.HasKey(n => n.MeetingKey);
        });
    }
}
