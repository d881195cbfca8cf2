using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace VirtualSchool.Portal.Infrastructure.Persistence.Migrations;

/// <summary>
/// The email outbox (messages stored with the change that caused them, sent by a job with retries) and the
/// scheduled jobs' run history (the back office's jobs page, kept across restarts).
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261123090000_EmailOutboxAndJobRuns")]
public sealed class EmailOutboxAndJobRuns : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "EmailOutbox",
            columns: table => new
            {
                Id = MigrationColumns.Identity<long>(table),
                MessageId = table.Column<string>(maxLength: 100, nullable: false),
                Category = table.Column<string>(maxLength: 100, nullable: false),
                To = table.Column<string>(maxLength: 320, nullable: false),
                Subject = table.Column<string>(maxLength: 500, nullable: false),
                TextBody = table.Column<string>(nullable: false),
                HtmlBody = table.Column<string>(nullable: true),
                Attachments = table.Column<string>(nullable: true),
                Status = table.Column<int>(nullable: false),
                Attempts = table.Column<int>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                NextAttemptAt = table.Column<DateTime>(nullable: false),
                LockedUntil = table.Column<DateTime>(nullable: true),
                SentAt = table.Column<DateTime>(nullable: true),
                LastError = table.Column<string>(maxLength: 1000, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_EmailOutbox", x => x.Id));
        migrationBuilder.CreateIndex("IX_EmailOutbox_MessageId", "EmailOutbox", "MessageId", unique: true);
        migrationBuilder.CreateIndex("IX_EmailOutbox_Status_NextAttemptAt", "EmailOutbox", ["Status", "NextAttemptAt"]);

        migrationBuilder.CreateTable(
            name: "JobRuns",
            columns: table => new
            {
                Id = MigrationColumns.Identity<long>(table),
                JobName = table.Column<string>(maxLength: 200, nullable: false),
                StartedAt = table.Column<DateTime>(nullable: false),
                EndedAt = table.Column<DateTime>(nullable: true),
                Succeeded = table.Column<bool>(nullable: false),
                Result = table.Column<string>(maxLength: 1000, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_JobRuns", x => x.Id));
        migrationBuilder.CreateIndex("IX_JobRuns_JobName_Id", "JobRuns", ["JobName", "Id"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("JobRuns");
        migrationBuilder.DropTable("EmailOutbox");
    }
}
