using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace VirtualSchool.Portal.Infrastructure.Persistence.Migrations;

/// <summary>Public access: content nodes and media items restricted to member groups (inherited below them).</summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261123093000_PublicAccess")]
public sealed class PublicAccess : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "PublicAccessRules",
            columns: table => new
            {
                Id = MigrationColumns.Identity<int>(table),
                Target = table.Column<int>(nullable: false),
                ItemKey = table.Column<Guid>(nullable: false),
                Groups = table.Column<string>(maxLength: 4000, nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                UpdatedBy = table.Column<string>(maxLength: 256, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_PublicAccessRules", x => x.Id));
        migrationBuilder.CreateIndex("IX_PublicAccessRules_Target_ItemKey", "PublicAccessRules", ["Target", "ItemKey"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("PublicAccessRules");
}
