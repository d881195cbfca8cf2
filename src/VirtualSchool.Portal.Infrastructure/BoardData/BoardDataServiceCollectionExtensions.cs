using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.BoardData;

namespace VirtualSchool.Portal.Infrastructure.BoardData;

public static class BoardDataServiceCollectionExtensions
{
    /// <summary>The Board's termly figures: the store (the <see cref="IBoardDataReader"/> every Board screen reads) and the first-boot examples.</summary>
    public static IServiceCollection AddBoardDataInfrastructure(this IServiceCollection services)
    {
        services.AddSingleton<BoardDataStore>();
        services.AddSingleton<IBoardDataReader>(sp => sp.GetRequiredService<BoardDataStore>());
        services.AddSingleton<BoardDataExamples>();
        return services;
    }
}
