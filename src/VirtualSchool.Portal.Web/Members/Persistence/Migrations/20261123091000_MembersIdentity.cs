using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using VirtualSchool.Portal.Infrastructure.Persistence.Migrations;

namespace VirtualSchool.Portal.Web.Members.Persistence.Migrations;

/// <summary>
/// ASP.NET Core Identity's tables for members, written by hand (see docs/decisions/0002). Index names differ
/// from the back office's: on SQLite an index name is unique in the whole database.
/// </summary>
[DbContext(typeof(MembersDbContext))]
[Migration("20261123091000_MembersIdentity")]
public sealed class MembersIdentity : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "MemberGroups",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 256, nullable: true),
                NormalizedName = table.Column<string>(maxLength: 256, nullable: true),
                ConcurrencyStamp = table.Column<string>(nullable: true),
                Description = table.Column<string>(maxLength: 500, nullable: true),
                RequireTwoFactor = table.Column<bool>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_MemberGroups", x => x.Id));
        migrationBuilder.CreateIndex("MemberGroupNameIndex", "MemberGroups", "NormalizedName", unique: true);

        migrationBuilder.CreateTable(
            name: "Members",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 256, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                LastSignInAt = table.Column<DateTime>(nullable: true),
                InvitedBy = table.Column<string>(maxLength: 256, nullable: true),
                ClosureRequestedAt = table.Column<DateTime>(nullable: true),
                UserName = table.Column<string>(maxLength: 256, nullable: true),
                NormalizedUserName = table.Column<string>(maxLength: 256, nullable: true),
                Email = table.Column<string>(maxLength: 256, nullable: true),
                NormalizedEmail = table.Column<string>(maxLength: 256, nullable: true),
                EmailConfirmed = table.Column<bool>(nullable: false),
                PasswordHash = table.Column<string>(nullable: true),
                SecurityStamp = table.Column<string>(nullable: true),
                ConcurrencyStamp = table.Column<string>(nullable: true),
                PhoneNumber = table.Column<string>(nullable: true),
                PhoneNumberConfirmed = table.Column<bool>(nullable: false),
                TwoFactorEnabled = table.Column<bool>(nullable: false),
                LockoutEnd = table.Column<DateTimeOffset>(nullable: true),
                LockoutEnabled = table.Column<bool>(nullable: false),
                AccessFailedCount = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Members", x => x.Id));
        migrationBuilder.CreateIndex("MemberUserNameIndex", "Members", "NormalizedUserName", unique: true);
        migrationBuilder.CreateIndex("MemberEmailIndex", "Members", "NormalizedEmail");

        migrationBuilder.CreateTable(
            name: "MemberGroupClaims",
            columns: table => new
            {
                Id = MigrationColumns.Identity<int>(table),
                RoleId = table.Column<Guid>(nullable: false),
                ClaimType = table.Column<string>(nullable: true),
                ClaimValue = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MemberGroupClaims", x => x.Id);
                table.ForeignKey("FK_MemberGroupClaims_MemberGroups_RoleId", x => x.RoleId, "MemberGroups", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_MemberGroupClaims_RoleId", "MemberGroupClaims", "RoleId");

        migrationBuilder.CreateTable(
            name: "MemberClaims",
            columns: table => new
            {
                Id = MigrationColumns.Identity<int>(table),
                UserId = table.Column<Guid>(nullable: false),
                ClaimType = table.Column<string>(nullable: true),
                ClaimValue = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MemberClaims", x => x.Id);
                table.ForeignKey("FK_MemberClaims_Members_UserId", x => x.UserId, "Members", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_MemberClaims_UserId", "MemberClaims", "UserId");

        migrationBuilder.CreateTable(
            name: "MemberLogins",
            columns: table => new
            {
                LoginProvider = table.Column<string>(nullable: false),
                ProviderKey = table.Column<string>(nullable: false),
                ProviderDisplayName = table.Column<string>(nullable: true),
                UserId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MemberLogins", x => new { x.LoginProvider, x.ProviderKey });
                table.ForeignKey("FK_MemberLogins_Members_UserId", x => x.UserId, "Members", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_MemberLogins_UserId", "MemberLogins", "UserId");

        migrationBuilder.CreateTable(
            name: "MemberGroupMembers",
            columns: table => new
            {
                UserId = table.Column<Guid>(nullable: false),
                RoleId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MemberGroupMembers", x => new { x.UserId, x.RoleId });
                table.ForeignKey("FK_MemberGroupMembers_MemberGroups_RoleId", x => x.RoleId, "MemberGroups", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_MemberGroupMembers_Members_UserId", x => x.UserId, "Members", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_MemberGroupMembers_RoleId", "MemberGroupMembers", "RoleId");

        migrationBuilder.CreateTable(
            name: "MemberTokens",
            columns: table => new
            {
                UserId = table.Column<Guid>(nullable: false),
                LoginProvider = table.Column<string>(nullable: false),
                Name = table.Column<string>(nullable: false),
                Value = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MemberTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                table.ForeignKey("FK_MemberTokens_Members_UserId", x => x.UserId, "Members", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "BoardPapersNotices",
            columns: table => new
            {
                MeetingKey = table.Column<Guid>(nullable: false),
                SentAt = table.Column<DateTime>(nullable: false),
                Recipients = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_BoardPapersNotices", x => x.MeetingKey));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "BoardPapersNotices", "MemberTokens", "MemberGroupMembers", "MemberLogins", "MemberClaims", "MemberGroupClaims", "Members", "MemberGroups" })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
