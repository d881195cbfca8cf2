namespace VirtualSchool.Portal.Web.BackOffice.BoardData;

/// <summary>The data officer's screens for the Board's termly figures (<c>/umbraco/board-data</c>) and the first-boot examples.</summary>
public static class BoardDataSetup
{
    /// <summary>Called by <c>AddPortal</c> after the portal's initialiser, so the examples are added to a migrated database.</summary>
    public static IServiceCollection AddBoardDataBackOffice(this IServiceCollection services)
    {
        services.AddHostedService<BoardDataSeeder>();
        return services;
    }
}
