using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace VirtualSchool.Portal.Infrastructure.Persistence.Migrations;

/// <summary>
/// The audit log stays append-only with one exception the database itself checks: when a person's account is
/// erased, their address, name and IP addresses may be replaced in earlier entries ("erased member", no IP
/// address, "[erased]" in the detail). What happened, when, by which account id and to which item can never
/// change, and entries can never be deleted.
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261123121000_AuditRedaction")]
public sealed class AuditRedaction : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'UPDATE'
                        AND NEW."Id" = OLD."Id" AND NEW."At" = OLD."At" AND NEW."Action" = OLD."Action"
                        AND NEW."UserId" IS NOT DISTINCT FROM OLD."UserId"
                        AND NEW."ItemType" IS NOT DISTINCT FROM OLD."ItemType"
                        AND NEW."ItemKey" IS NOT DISTINCT FROM OLD."ItemKey"
                        AND (NEW."UserName" IS NOT DISTINCT FROM OLD."UserName" OR NEW."UserName" = 'erased member')
                        AND (NEW."ItemName" IS NOT DISTINCT FROM OLD."ItemName" OR NEW."ItemName" = 'erased member')
                        AND (NEW."IpAddress" IS NOT DISTINCT FROM OLD."IpAddress" OR NEW."IpAddress" IS NULL)
                        AND (NEW."Detail" IS NOT DISTINCT FROM OLD."Detail" OR position('[erased]' in NEW."Detail") > 0)
                    THEN
                        RETURN NEW;
                    END IF;
                    RAISE EXCEPTION 'audit entries cannot be changed or deleted';
                END $$;
                """);
        }
        else
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS AuditLog_no_update;");
            migrationBuilder.Sql("""
                CREATE TRIGGER AuditLog_no_update BEFORE UPDATE ON AuditLog
                WHEN NOT (
                    NEW.Id = OLD.Id AND NEW.At = OLD.At AND NEW.Action = OLD.Action
                    AND NEW.UserId IS OLD.UserId AND NEW.ItemType IS OLD.ItemType AND NEW.ItemKey IS OLD.ItemKey
                    AND (NEW.UserName IS OLD.UserName OR NEW.UserName = 'erased member')
                    AND (NEW.ItemName IS OLD.ItemName OR NEW.ItemName = 'erased member')
                    AND (NEW.IpAddress IS OLD.IpAddress OR NEW.IpAddress IS NULL)
                    AND (NEW.Detail IS OLD.Detail OR instr(NEW.Detail, '[erased]') > 0))
                BEGIN SELECT RAISE(ABORT, 'audit entries cannot be changed or deleted'); END;
                """);
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'audit entries cannot be changed or deleted'; END $$;
                """);
        }
        else
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS AuditLog_no_update;");
            migrationBuilder.Sql("""
                CREATE TRIGGER AuditLog_no_update BEFORE UPDATE ON AuditLog
                BEGIN SELECT RAISE(ABORT, 'audit entries cannot be changed or deleted'); END;
                """);
        }
    }
}
