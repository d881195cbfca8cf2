using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace VirtualSchool.Portal.Web.Members.Persistence.Migrations;

/// <summary>
/// Server-side sessions: the sign-in cookie holds only a key to a row here, and signing out deletes the row, so a
/// copied cookie stops working at sign-out. The rows go with their user (erasing a member ends their sessions).
/// </summary>
[DbContext(typeof(MembersDbContext))]
[Migration("20261202030000_MemberSessions")]
public sealed class MemberSessions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "MemberSessions",
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
                table.PrimaryKey("PK_MemberSessions", x => x.Id);
                table.ForeignKey("FK_MemberSessions_Members_UserId", x => x.UserId, "Members", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_MemberSessions_UserId", "MemberSessions", "UserId");
        migrationBuilder.CreateIndex("IX_MemberSessions_ExpiresAt", "MemberSessions", "ExpiresAt");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("MemberSessions");
}
