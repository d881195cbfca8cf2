using Microsoft.Extensions.DependencyInjection;

namespace VirtualSchool.Portal.Infrastructure.Training;

public static class TrainingServiceCollectionExtensions
{
    /// <summary>The training bookings' services (storage, rules that need it, emails, the first-boot programme).</summary>
    public static IServiceCollection AddTrainingInfrastructure(this IServiceCollection services)
    {
        services.AddSingleton<TrainingLinks>();
        services.AddSingleton<TrainingEmails>();
        services.AddSingleton<BookingService>();
        services.AddSingleton<AccessNeedsErasure>();
        services.AddSingleton<TrainingCoordinator>();
        services.AddSingleton<TrainingSeeder>();
        return services;
    }
}
