using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace VirtualSchool.Portal.Infrastructure.Persistence.Migrations;

/// <summary>
/// The append-only audit log. Triggers make the database itself refuse to change or delete an entry, so
/// not even a bug (or someone with the application's connection) can rewrite history.
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261123070000_AuditLog")]
public sealed class AuditLog : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "AuditLog",
            columns: table => new
            {
                Id = MigrationColumns.Identity<long>(table),
                At = table.Column<DateTime>(nullable: false),
                UserId = table.Column<string>(maxLength: 64, nullable: true),
                UserName = table.Column<string>(maxLength: 256, nullable: true),
                Action = table.Column<string>(maxLength: 50, nullable: false),
                ItemType = table.Column<string>(maxLength: 100, nullable: true),
                ItemKey = table.Column<string>(maxLength: 100, nullable: true),
                ItemName = table.Column<string>(maxLength: 255, nullable: true),
                Detail = table.Column<string>(maxLength: 2000, nullable: true),
                IpAddress = table.Column<string>(maxLength: 64, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_AuditLog", x => x.Id));
        migrationBuilder.CreateIndex("IX_AuditLog_At", "AuditLog", "At");
        migrationBuilder.CreateIndex("IX_AuditLog_Action_At", "AuditLog", ["Action", "At"]);
        migrationBuilder.CreateIndex("IX_AuditLog_ItemKey", "AuditLog", "ItemKey");

        if (migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'audit entries cannot be changed or deleted'; END $$;
                CREATE TRIGGER "AuditLog_append_only" BEFORE UPDATE OR DELETE ON "AuditLog"
                    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
                """);
        }
        else
        {
            migrationBuilder.Sql("""
                CREATE TRIGGER AuditLog_no_update BEFORE UPDATE ON AuditLog
                BEGIN SELECT RAISE(ABORT, 'audit entries cannot be changed or deleted'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER AuditLog_no_delete BEFORE DELETE ON AuditLog
                BEGIN SELECT RAISE(ABORT, 'audit entries cannot be changed or deleted'); END;
                """);
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "AuditLog_append_only" ON "AuditLog"; DROP FUNCTION IF EXISTS audit_log_is_append_only();""");
        }

        migrationBuilder.DropTable("AuditLog");
    }
}
