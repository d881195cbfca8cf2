using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using VirtualSchool.Portal.Infrastructure.Persistence.Migrations;

namespace VirtualSchool.Portal.Web.BackOffice.Persistence.Migrations;

/// <summary>ASP.NET Core Identity's tables for back-office users, written by hand (see docs/decisions/0002).</summary>
[DbContext(typeof(BackOfficeDbContext))]
[Migration("20261123071000_BackOfficeIdentity")]
public sealed class BackOfficeIdentity : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "BackOfficeRoles",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 256, nullable: true),
                NormalizedName = table.Column<string>(maxLength: 256, nullable: true),
                ConcurrencyStamp = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_BackOfficeRoles", x => x.Id));
        migrationBuilder.CreateIndex("RoleNameIndex", "BackOfficeRoles", "NormalizedName", unique: true);

        migrationBuilder.CreateTable(
            name: "BackOfficeUsers",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 256, nullable: false),
                IsDisabled = table.Column<bool>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                LastSignInAt = table.Column<DateTime>(nullable: true),
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
            constraints: table => table.PrimaryKey("PK_BackOfficeUsers", x => x.Id));
        migrationBuilder.CreateIndex("UserNameIndex", "BackOfficeUsers", "NormalizedUserName", unique: true);
        migrationBuilder.CreateIndex("EmailIndex", "BackOfficeUsers", "NormalizedEmail");

        migrationBuilder.CreateTable(
            name: "BackOfficeRoleClaims",
            columns: table => new
            {
                Id = MigrationColumns.Identity<int>(table),
                RoleId = table.Column<Guid>(nullable: false),
                ClaimType = table.Column<string>(nullable: true),
                ClaimValue = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_BackOfficeRoleClaims", x => x.Id);
                table.ForeignKey("FK_BackOfficeRoleClaims_BackOfficeRoles_RoleId", x => x.RoleId, "BackOfficeRoles", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_BackOfficeRoleClaims_RoleId", "BackOfficeRoleClaims", "RoleId");

        migrationBuilder.CreateTable(
            name: "BackOfficeUserClaims",
            columns: table => new
            {
                Id = MigrationColumns.Identity<int>(table),
                UserId = table.Column<Guid>(nullable: false),
                ClaimType = table.Column<string>(nullable: true),
                ClaimValue = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_BackOfficeUserClaims", x => x.Id);
                table.ForeignKey("FK_BackOfficeUserClaims_BackOfficeUsers_UserId", x => x.UserId, "BackOfficeUsers", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_BackOfficeUserClaims_UserId", "BackOfficeUserClaims", "UserId");

        migrationBuilder.CreateTable(
            name: "BackOfficeUserLogins",
            columns: table => new
            {
                LoginProvider = table.Column<string>(nullable: false),
                ProviderKey = table.Column<string>(nullable: false),
                ProviderDisplayName = table.Column<string>(nullable: true),
                UserId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_BackOfficeUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                table.ForeignKey("FK_BackOfficeUserLogins_BackOfficeUsers_UserId", x => x.UserId, "BackOfficeUsers", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_BackOfficeUserLogins_UserId", "BackOfficeUserLogins", "UserId");

        migrationBuilder.CreateTable(
            name: "BackOfficeUserRoles",
            columns: table => new
            {
                UserId = table.Column<Guid>(nullable: false),
                RoleId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_BackOfficeUserRoles", x => new { x.UserId, x.RoleId });
                table.ForeignKey("FK_BackOfficeUserRoles_BackOfficeRoles_RoleId", x => x.RoleId, "BackOfficeRoles", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_BackOfficeUserRoles_BackOfficeUsers_UserId", x => x.UserId, "BackOfficeUsers", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_BackOfficeUserRoles_RoleId", "BackOfficeUserRoles", "RoleId");

        migrationBuilder.CreateTable(
            name: "BackOfficeUserTokens",
            columns: table => new
            {
                UserId = table.Column<Guid>(nullable: false),
                LoginProvider = table.Column<string>(nullable: false),
                Name = table.Column<string>(nullable: false),
                Value = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_BackOfficeUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                table.ForeignKey("FK_BackOfficeUserTokens_BackOfficeUsers_UserId", x => x.UserId, "BackOfficeUsers", "Id", onDelete: ReferentialAction.Cascade);
            });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "BackOfficeUserTokens", "BackOfficeUserRoles", "BackOfficeUserLogins", "BackOfficeUserClaims", "BackOfficeRoleClaims", "BackOfficeUsers", "BackOfficeRoles" })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
