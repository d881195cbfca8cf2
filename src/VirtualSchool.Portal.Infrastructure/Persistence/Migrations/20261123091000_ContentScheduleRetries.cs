using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace VirtualSchool.Portal.Infrastructure.Persistence.Migrations;

/// <summary>
/// A scheduled publish the draft is not fit for is kept with the reason and tried again once the draft
/// changes, instead of being dropped.
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261123091000_ContentScheduleRetries")]
public sealed class ContentScheduleRetries : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>("Attempts", "ContentSchedules", nullable: false, defaultValue: 0);
        migrationBuilder.AddColumn<string>("LastError", "ContentSchedules", maxLength: 1000, nullable: true);
        migrationBuilder.AddColumn<DateTime>("LastAttemptAt", "ContentSchedules", nullable: true);
        migrationBuilder.AddColumn<long>("FailedDraftVersionId", "ContentSchedules", nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn("FailedDraftVersionId", "ContentSchedules");
        migrationBuilder.DropColumn("LastAttemptAt", "ContentSchedules");
        migrationBuilder.DropColumn("LastError", "ContentSchedules");
        migrationBuilder.DropColumn("Attempts", "ContentSchedules");
    }
}
