using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace VirtualSchool.Portal.Infrastructure.Persistence.Migrations;

/// <summary>Column shapes shared by the hand-written migrations of every feature.</summary>
public static class MigrationColumns
{
    /// <summary>An auto-incrementing key on either provider (each ignores the other's annotation).</summary>
    public static OperationBuilder<AddColumnOperation> Identity<T>(ColumnsBuilder table) =>
        table.Column<T>(nullable: false)
            .Annotation("Sqlite:Autoincrement", true)
            .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
}
