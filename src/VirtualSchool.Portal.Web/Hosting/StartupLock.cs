using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using VirtualSchool.Portal.Infrastructure;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Web.Hosting;

/// <summary>
/// Lets nodes sharing a PostgreSQL database do their start-up work (migrations, roles, the first import and
/// seeding) one at a time, so any number can start at once on an empty database: two migrating together
/// would both try to create the same tables. It is a session-level advisory lock held on a connection of its
/// own from the first initialiser to the last; a node that dies meanwhile loses its connection, and so the lock.
/// SQLite is one node's file: nothing to serialise.
/// </summary>
public sealed class StartupLock(IDbContextFactory<PortalDbContext> contexts, IOptions<PortalOptions> options, ILogger<StartupLock> logger) : IHostedService, IAsyncDisposable
{
    // Any constant shared by every node; "VSPstart" in ASCII.
    private const long Key = 0x5653_5073_7461_7274;
    private NpgsqlConnection? _connection;

    /// <summary>Waits for the lock: registered before the initialisers, so it is taken before they run.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Database.Provider != DatabaseProvider.PostgreSql)
        {
            return;
        }

        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            // Unpooled: a pooled connection returned to the pool would keep its session, and the lock, alive.
            _connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()) { Pooling = false }.ConnectionString);
        }

        await _connection.OpenAsync(cancellationToken);
        logger.LogInformation("Waiting for other nodes to finish starting");
        await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", _connection);
        command.Parameters.AddWithValue("key", Key);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Lets the next node start: called once this node's initialisers have all run.</summary>
    public async Task ReleaseAsync()
    {
        if (_connection is not null)
        {
            // Closing the (unpooled) session releases its advisory locks.
            await _connection.DisposeAsync();
            _connection = null;
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => ReleaseAsync();

    public async ValueTask DisposeAsync() => await ReleaseAsync();

    /// <summary>Registered after the last initialiser: releases the lock.</summary>
    public sealed class Release(StartupLock startup) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => startup.ReleaseAsync();

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
