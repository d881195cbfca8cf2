namespace VirtualSchool.Portal.Web.Tests.Infrastructure;

/// <summary>
/// A test that needs a real PostgreSQL server: the test script starts one and sets PORTAL_TEST_POSTGRES.
/// Without it the test is reported as skipped, with the reason.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "PORTAL_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"{Variable} is not set: run ./scripts/test.sh, which starts PostgreSQL.";
        }
    }
}
