using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace VirtualSchool.Portal.Infrastructure.Persistence.Migrations;

/// <summary>Scheduled publishes and unpublishes, run by the scheduled publishing job and removed once done.</summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261123080000_ContentSchedules")]
public sealed class ContentSchedules : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ContentSchedules",
            columns: table => new
            {
                Id = MigrationColumns.Identity<int>(table),
                NodeKey = table.Column<Guid>(nullable: false),
                Action = table.Column<string>(maxLength: 20, nullable: false),
                RunAt = table.Column<DateTime>(nullable: false),
                CreatedBy = table.Column<string>(maxLength: 256, nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ContentSchedules", x => x.Id));
        migrationBuilder.CreateIndex("IX_ContentSchedules_RunAt", "ContentSchedules", "RunAt");
        migrationBuilder.CreateIndex("IX_ContentSchedules_NodeKey", "ContentSchedules", "NodeKey");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("ContentSchedules");
}
