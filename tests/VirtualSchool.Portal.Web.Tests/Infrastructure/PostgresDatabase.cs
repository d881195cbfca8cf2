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
        // FORCE cannot end an autovacuum worker that a busy test (a hundred bookings) woke in this database
        // (42501 for a role without pg_signal_backend); the worker is gone within moments, so try again. The
        // server is a throwaway, so a database still left after that is not the test's failure.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
                return;
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
            {
                if (attempt == 10)
                {
                    return;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(300));
            }
        }
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
