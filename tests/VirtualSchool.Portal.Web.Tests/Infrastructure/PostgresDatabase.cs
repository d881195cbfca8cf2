using Npgsql;

namespace VirtualSchool.Portal.Web.Tests.Infrastructure;

/// <summary>
/// A database of its own on the test PostgreSQL server (<c>PORTAL_TEST_POSTGRES</c>), dropped (with any
/// connections still open to it) when the test ends.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    private readonly NpgsqlConnectionStringBuilder _server;

    private PostgresDatabase(NpgsqlConnectionStringBuilder server, string name)
    {
        _server = server;
        Name = name;
    }

    public string Name { get; }

    public static async Task<PostgresDatabase> CreateAsync(string prefix = "vsp_")
    {
        var server = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable));
        var database = new PostgresDatabase(server, prefix + Guid.NewGuid().ToString("N")[..12]);
        await database.ExecuteOnServerAsync($"CREATE DATABASE {database.Name}");
        return database;
    }

    /// <summary>A connection string to this database, adjusted (pooling, pool size) as the test needs.</summary>
    public string ConnectionString(Action<NpgsqlConnectionStringBuilder>? adjust = null)
    {
        var builder = new NpgsqlConnectionStringBuilder(_server.ConnectionString) { Database = Name };
        adjust?.Invoke(builder);
        return builder.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
