using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Infrastructure;
using VirtualSchool.Portal.Infrastructure.BoardData;

namespace VirtualSchool.Portal.Web.BackOffice.BoardData;

/// <summary>At first boot, after the portal's migrations, adds the example terms (<see cref="BoardDataExamples"/>) when configured.</summary>
public sealed class BoardDataSeeder(BoardDataExamples examples, IOptions<PortalOptions> options, ILogger<BoardDataSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.BoardData.SeedExamples && await examples.SeedAsync(cancellationToken))
        {
            logger.LogInformation("Added three terms of example Board figures");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
