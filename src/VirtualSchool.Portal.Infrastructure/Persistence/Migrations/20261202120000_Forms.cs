using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace VirtualSchool.Portal.Infrastructure.Persistence.Migrations;

/// <summary>
/// The forms module: forms (the design as JSON), their folders and saved versions, entries with their uploads, people's
/// progress part-way through a form, and the workflow queue.
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261202120000_Forms")]
public sealed class Forms : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Forms",
            columns: table => new
            {
                Id = MigrationColumns.Identity<int>(table),
                Key = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                FolderKey = table.Column<Guid>(nullable: true),
                Version = table.Column<int>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                UpdatedBy = table.Column<string>(maxLength: 254, nullable: true),
                Pages = table.Column<string>(nullable: false),
                Settings = table.Column<string>(nullable: false),
                Workflows = table.Column<string>(nullable: false),
                Permissions = table.Column<string>(nullable: false),
                Retention = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Forms", x => x.Id));
        migrationBuilder.CreateIndex("IX_Forms_Key", "Forms", "Key", unique: true);
        migrationBuilder.CreateIndex("IX_Forms_FolderKey", "Forms", "FolderKey");

        migrationBuilder.CreateTable(
            name: "FormFolders",
            columns: table => new
            {
                Id = MigrationColumns.Identity<int>(table),
                Key = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                ParentKey = table.Column<Guid>(nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_FormFolders", x => x.Id));
        migrationBuilder.CreateIndex("IX_FormFolders_Key", "FormFolders", "Key", unique: true);

        migrationBuilder.CreateTable(
            name: "FormVersions",
            columns: table => new
            {
                Id = MigrationColumns.Identity<long>(table),
                FormKey = table.Column<Guid>(nullable: false),
                Version = table.Column<int>(nullable: false),
                Definition = table.Column<string>(nullable: false),
                SavedAt = table.Column<DateTime>(nullable: false),
                SavedBy = table.Column<string>(maxLength: 254, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_FormVersions", x => x.Id));
        migrationBuilder.CreateIndex("IX_FormVersions_FormKey_Version", "FormVersions", ["FormKey", "Version"], unique: true);

        CreateEntries(migrationBuilder);
        CreateProgressAndRuns(migrationBuilder);
    }

    private static void CreateEntries(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "FormEntries",
            columns: table => new
            {
                Id = MigrationColumns.Identity<long>(table),
                Key = table.Column<Guid>(nullable: false),
                FormKey = table.Column<Guid>(nullable: false),
                FormVersion = table.Column<int>(nullable: false),
                State = table.Column<int>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                PageKey = table.Column<Guid>(nullable: true),
                IpAddress = table.Column<string>(maxLength: 45, nullable: true),
                Values = table.Column<string>(nullable: false),
                SearchText = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_FormEntries", x => x.Id));
        migrationBuilder.CreateIndex("IX_FormEntries_Key", "FormEntries", "Key", unique: true);
        migrationBuilder.CreateIndex("IX_FormEntries_FormKey_CreatedAt", "FormEntries", ["FormKey", "CreatedAt"]);
        migrationBuilder.CreateIndex("IX_FormEntries_FormKey_State_CreatedAt", "FormEntries", ["FormKey", "State", "CreatedAt"]);
        migrationBuilder.CreateIndex("IX_FormEntries_FormKey_State_UpdatedAt", "FormEntries", ["FormKey", "State", "UpdatedAt"]);

        migrationBuilder.CreateTable(
            name: "FormEntryFiles",
            columns: table => new
            {
                Id = MigrationColumns.Identity<long>(table),
                Key = table.Column<Guid>(nullable: false),
                FormKey = table.Column<Guid>(nullable: false),
                FieldKey = table.Column<Guid>(nullable: false),
                EntryId = table.Column<long>(nullable: true),
                ProgressId = table.Column<long>(nullable: true),
                FileName = table.Column<string>(maxLength: 255, nullable: false),
                ContentType = table.Column<string>(maxLength: 100, nullable: false),
                Length = table.Column<long>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_FormEntryFiles", x => x.Id));
        migrationBuilder.CreateIndex("IX_FormEntryFiles_Key", "FormEntryFiles", "Key", unique: true);
        migrationBuilder.CreateIndex("IX_FormEntryFiles_EntryId", "FormEntryFiles", "EntryId");
        migrationBuilder.CreateIndex("IX_FormEntryFiles_ProgressId", "FormEntryFiles", "ProgressId");
    }

    private static void CreateProgressAndRuns(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "FormProgress",
            columns: table => new
            {
                Id = MigrationColumns.Identity<long>(table),
                TokenHash = table.Column<string>(maxLength: 64, nullable: false),
                FormKey = table.Column<Guid>(nullable: false),
                FormVersion = table.Column<int>(nullable: false),
                PageKey = table.Column<Guid>(nullable: true),
                Values = table.Column<string>(nullable: false),
                StartedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                ExpiresAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_FormProgress", x => x.Id));
        migrationBuilder.CreateIndex("IX_FormProgress_TokenHash_FormKey", "FormProgress", ["TokenHash", "FormKey"], unique: true);
        migrationBuilder.CreateIndex("IX_FormProgress_ExpiresAt", "FormProgress", "ExpiresAt");

        migrationBuilder.CreateTable(
            name: "FormWorkflowRuns",
            columns: table => new
            {
                Id = MigrationColumns.Identity<long>(table),
                EntryId = table.Column<long>(nullable: false),
                FormKey = table.Column<Guid>(nullable: false),
                WorkflowKey = table.Column<Guid>(nullable: false),
                Stage = table.Column<int>(nullable: false),
                Status = table.Column<int>(nullable: false),
                Attempts = table.Column<int>(nullable: false),
                NextAttemptAt = table.Column<DateTime>(nullable: false),
                ClaimedUntil = table.Column<DateTime>(nullable: true),
                LastError = table.Column<string>(maxLength: 2000, nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                CompletedAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_FormWorkflowRuns", x => x.Id));
        migrationBuilder.CreateIndex("IX_FormWorkflowRuns_EntryId_WorkflowKey_Stage", "FormWorkflowRuns", ["EntryId", "WorkflowKey", "Stage"], unique: true);
        migrationBuilder.CreateIndex("IX_FormWorkflowRuns_Status_NextAttemptAt", "FormWorkflowRuns", ["Status", "NextAttemptAt"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("FormWorkflowRuns");
        migrationBuilder.DropTable("FormProgress");
        migrationBuilder.DropTable("FormEntryFiles");
        migrationBuilder.DropTable("FormEntries");
        migrationBuilder.DropTable("FormVersions");
        migrationBuilder.DropTable("FormFolders");
        migrationBuilder.DropTable("Forms");
    }
}
