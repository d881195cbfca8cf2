using VirtualSchool.Portal.Infrastructure.Training;

namespace VirtualSchool.Portal.Web.Training;

/// <summary>Seeds the first-boot programme once the content is loaded (it runs after the portal's initialiser).</summary>
public sealed class TrainingSeedService(TrainingSeeder seeder, ILogger<TrainingSeedService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var added = await seeder.SeedAsync(cancellationToken);
        if (added > 0 && logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Training: seeded {Count} upcoming sessions", added);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
