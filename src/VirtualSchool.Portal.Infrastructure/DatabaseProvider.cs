namespace VirtualSchool.Portal.Infrastructure;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}
