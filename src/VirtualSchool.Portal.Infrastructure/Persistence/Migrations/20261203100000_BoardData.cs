using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace VirtualSchool.Portal.Infrastructure.Persistence.Migrations;

/// <summary>
/// The Board's termly figures: a row per term (its status) and a row per uploaded version (the figures as JSON and the
/// commentary). The example terms are not inserted here: they are imported at first boot through the same validator
/// as an upload (<c>BoardDataExamples</c>).
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261203100000_BoardData")]
public sealed class BoardData : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "BoardDataTerms",
            columns: table => new
            {
                Id = MigrationColumns.Identity<int>(table),
                Key = table.Column<Guid>(nullable: false),
                Slug = table.Column<string>(maxLength: 20, nullable: false),
                StartYear = table.Column<int>(nullable: false),
                Term = table.Column<int>(nullable: false),
                Status = table.Column<int>(nullable: false),
                LatestVersion = table.Column<int>(nullable: false),
                IsExample = table.Column<bool>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                PublishedAt = table.Column<DateTime>(nullable: true),
                PublishedBy = table.Column<string>(maxLength: 254, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_BoardDataTerms", x => x.Id));
        migrationBuilder.CreateIndex("IX_BoardDataTerms_Key", "BoardDataTerms", "Key", unique: true);
        migrationBuilder.CreateIndex("IX_BoardDataTerms_Slug", "BoardDataTerms", "Slug", unique: true);

        migrationBuilder.CreateTable(
            name: "BoardDataVersions",
            columns: table => new
            {
                Id = MigrationColumns.Identity<long>(table),
                TermKey = table.Column<Guid>(nullable: false),
                Version = table.Column<int>(nullable: false),
                Figures = table.Column<string>(nullable: false),
                Commentary = table.Column<string>(nullable: true),
                FileName = table.Column<string>(maxLength: 255, nullable: true),
                SavedAt = table.Column<DateTime>(nullable: false),
                SavedBy = table.Column<string>(maxLength: 254, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_BoardDataVersions", x => x.Id));
        migrationBuilder.CreateIndex("IX_BoardDataVersions_TermKey_Version", "BoardDataVersions", ["TermKey", "Version"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("BoardDataVersions");
        migrationBuilder.DropTable("BoardDataTerms");
    }
}
