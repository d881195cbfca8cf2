using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace VirtualSchool.Portal.Web.BackOffice.Persistence.Migrations;

/// <summary>
/// Server-side sessions: the sign-in cookie holds only a key to a row here, and signing out deletes the row, so a
/// copied cookie stops working at sign-out. The rows go with their user (erasing a back-office user ends their sessions).
/// </summary>
[DbContext(typeof(BackOfficeDbContext))]
[Migration("20261202030000_BackOfficeSessions")]
public sealed class BackOfficeSessions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "BackOfficeSessions",
            columns: table => new
            {
                Id = table.Column<string>(maxLength: 64, nullable: false),
                UserId = table.Column<Guid>(nullable: false),
                Ticket = table.Column<byte[]>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                ExpiresAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_BackOfficeSessions", x => x.Id);
                table.ForeignKey("FK_BackOfficeSessions_BackOfficeUsers_UserId", x => x.UserId, "BackOfficeUsers", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_BackOfficeSessions_UserId", "BackOfficeSessions", "UserId");
        migrationBuilder.CreateIndex("IX_BackOfficeSessions_ExpiresAt", "BackOfficeSessions", "ExpiresAt");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("BackOfficeSessions");
}
