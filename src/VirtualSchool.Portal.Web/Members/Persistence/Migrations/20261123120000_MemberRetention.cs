using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace VirtualSchool.Portal.Web.Members.Persistence.Migrations;

/// <summary>When the retention job warned a member that their unused account will be closed.</summary>
[DbContext(typeof(MembersDbContext))]
[Migration("20261123120000_MemberRetention")]
public sealed class MemberRetention : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<DateTime>("RetentionWarnedAt", "Members", nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn("RetentionWarnedAt", "Members");
}
