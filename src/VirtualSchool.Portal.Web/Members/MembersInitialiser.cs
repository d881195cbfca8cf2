using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Infrastructure;
using VirtualSchool.Portal.Infrastructure.Access;
using VirtualSchool.Portal.Web.Members.Persistence;

namespace VirtualSchool.Portal.Web.Members;

/// <summary>
/// Migrates the members' store and, the first time, creates the default groups (the Board requires two-factor
/// authentication) and the seed content's public access rules; then loads the rules into memory.
/// </summary>
public sealed class MembersInitialiser(IServiceScopeFactory scopes, IOptions<PortalOptions> options, PublicAccessRules rules, ILogger<MembersInitialiser> logger) : IHostedService
{
    public bool Ready { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MembersDbContext>();
        if (options.Value.Database.MigrateOnStart)
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (!await db.Roles.AnyAsync(cancellationToken))
        {
            var groups = scope.ServiceProvider.GetRequiredService<RoleManager<MemberGroup>>();
            foreach (var name in MemberGroupNames.Defaults)
            {
                await groups.CreateAsync(new MemberGroup
                {
                    Id = Guid.NewGuid(),
                    Name = name,
                    RequireTwoFactor = name == MemberGroupNames.ManagementBoard,
                });
            }

            foreach (var (target, key, allowed) in MembersSeed.Rules)
            {
                if (rules.OwnRule(target, key) is null)
                {
                    await rules.SetAsync(target, key, allowed, "install", cancellationToken);
                }
            }

            logger.LogInformation("Created the default member groups and the seed content's public access rules");
        }

        await rules.LoadAsync(cancellationToken);
        Ready = true;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
