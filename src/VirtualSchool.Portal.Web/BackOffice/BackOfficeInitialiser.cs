using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Infrastructure;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Web.BackOffice.Persistence;
using VirtualSchool.Portal.Web.BackOffice.Users;

namespace VirtualSchool.Portal.Web.BackOffice;

/// <summary>
/// Migrates the user store, makes sure every role exists, and creates the first administrator from
/// <c>Portal:Install:AdminEmail</c>/<c>AdminPassword</c> when no back-office user exists yet.
/// </summary>
public sealed class BackOfficeInitialiser(IServiceScopeFactory scopes, IOptions<PortalOptions> options, AuditLog audit, TimeProvider clock, ILogger<BackOfficeInitialiser> logger) : IHostedService
{
    public bool Ready { get; private set; }

    /// <summary>True when start-up found no back-office user: the set-up page is the way in.</summary>
    public bool NeedsSetup { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BackOfficeDbContext>();
        if (options.Value.Database.MigrateOnStart)
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        foreach (var (name, _) in BackOfficeRoles.All)
        {
            if (!await roles.RoleExistsAsync(name))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(name) { Id = Guid.NewGuid() });
            }
        }

        var install = options.Value.Install;
        if (!string.IsNullOrWhiteSpace(install.AdminEmail) && !string.IsNullOrWhiteSpace(install.AdminPassword) && !await db.Users.AnyAsync(cancellationToken))
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>();
            var admin = new BackOfficeUser
            {
                Id = Guid.NewGuid(),
                UserName = install.AdminEmail.Trim(),
                Email = install.AdminEmail.Trim(),
                EmailConfirmed = true,
                Name = install.AdminName,
                CreatedAt = clock.GetUtcNow().UtcDateTime,
            };
            var created = await users.CreateAsync(admin, install.AdminPassword);
            if (created.Succeeded)
            {
                await users.AddToRoleAsync(admin, BackOfficeRoles.Administrator);
                await audit.RecordAsync(AuditActions.UserCreated, null, "install", "user", admin.Id.ToString(), admin.Email, "first administrator from Portal:Install", cancellationToken: cancellationToken);
                logger.LogInformation("Created the first back-office administrator from configuration");
            }
            else
            {
                // A weak configured password must not stop the site: the setup page is still there.
                logger.LogError("The configured first administrator was not created: {Errors}", string.Join("; ", created.Errors.Select(e => e.Description)));
            }
        }

        NeedsSetup = !await db.Users.AnyAsync(cancellationToken);
        Ready = true;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
