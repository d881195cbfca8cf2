using System.Text.Json;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace VirtualSchool.Portal.Infrastructure.Persistence.Migrations;

/// <summary>
/// The synonyms searches expand with, seeded with the words the Virtual School's readers use for the same things
/// (editors change them in the back office). The rows are written without ids, so PostgreSQL's identity sequence
/// stays ahead of them.
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261202150000_SearchSynonyms")]
public sealed class SearchSynonyms : Migration
{
    private static readonly string[][] Seeded =
    [
        ["looked-after child", "looked after children", "LAC", "child in care", "children in care", "CiC", "CLA"],
        ["previously looked-after", "previously looked after children", "PLAC"],
        ["PEP", "personal education plan", "ePEP"],
        ["PP+", "pupil premium plus", "PPG"],
        ["DT", "designated teacher"],
        ["SGO", "special guardianship order"],
        ["CAO", "child arrangements order", "residence order"],
        ["EHCP", "education, health and care plan", "EHC plan"],
        ["SENCO", "special educational needs coordinator", "SENDCo"],
        ["SEND", "special educational needs and disabilities"],
        ["VSH", "virtual school head"],
    ];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "SearchSynonyms",
            columns: table => new
            {
                Id = MigrationColumns.Identity<int>(table),
                Terms = table.Column<string>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                UpdatedBy = table.Column<string>(maxLength: 254, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_SearchSynonyms", x => x.Id));

        // No model snapshot here (decision 0002), so the data operation names its column types, per provider.
        string[] types = migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL"
            ? ["text", "timestamp with time zone"]
            : ["TEXT", "TEXT"];
        var seededAt = new DateTime(2026, 12, 2, 15, 0, 0, DateTimeKind.Utc);
        foreach (var terms in Seeded)
        {
            migrationBuilder.InsertData("SearchSynonyms", ["Terms", "UpdatedAt"], types, [JsonSerializer.Serialize(terms), seededAt]);
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("SearchSynonyms");
}
