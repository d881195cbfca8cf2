using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace VirtualSchool.Portal.Infrastructure.Persistence.Migrations;

/// <summary>
/// Cache instructions: what one node changed in its in-memory published cache or access rules, for the other
/// nodes sharing the database to load again.
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261123110000_CacheInstructions")]
public sealed class CacheInstructions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "CacheInstructions",
            columns: table => new
            {
                Id = MigrationColumns.Identity<long>(table),
                Origin = table.Column<string>(maxLength: 64, nullable: false),
                Kind = table.Column<int>(nullable: false),
                ItemKey = table.Column<Guid>(nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_CacheInstructions", x => x.Id));
        migrationBuilder.CreateIndex("IX_CacheInstructions_CreatedAt", "CacheInstructions", "CreatedAt");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("CacheInstructions");
}
