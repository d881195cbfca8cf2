namespace VirtualSchool.Portal.Infrastructure;

public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Applies pending migrations at start-up. Turn off where a deployment step migrates instead.</summary>
    public bool MigrateOnStart { get; set; } = true;
}
