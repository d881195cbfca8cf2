using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Search;
using VirtualSchool.Portal.Core.Training;
using VirtualSchool.Portal.Infrastructure.Persistence;
using VirtualSchool.Portal.Web.Tests.Members;

namespace VirtualSchool.Portal.Web.Tests.Search.BackOffice;

/// <summary>
/// The back office's portal (with members, for the browser tests) whose index admin a test can steer
/// (<see cref="ControllableIndexAdmin"/>); searches go to the real engine.
/// </summary>
public sealed class BackOfficeSearchFactory : MembersFactory
{
    public ControllableIndexAdmin IndexAdmin => Services.GetRequiredService<ControllableIndexAdmin>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            var engine = services.LastOrDefault(d => d.ServiceType == typeof(ISearchIndexAdmin));
            services.AddSingleton(sp => new ControllableIndexAdmin(engine is null ? null : Resolve(sp, engine)));
            services.AddSingleton<ISearchIndexAdmin>(sp => sp.GetRequiredService<ControllableIndexAdmin>());
        });
    }

    /// <summary>A booking on the first session, made straight in the database; returns the session's key.</summary>
    public async Task<Guid> BookAsync(string name, string email)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var session = await db.TrainingSessions.OrderBy(s => s.StartsAt).FirstAsync();
        db.Bookings.Add(new Booking
        {
            SessionId = session.Id,
            Name = name,
            Email = email,
            NormalisedEmail = BookingRules.NormaliseEmail(email),
            Role = "designated-teacher",
            ConsentedAt = DateTime.UtcNow,
            CreatedAt = DateTime.UtcNow,
            Status = BookingStatus.Confirmed,
        });
        await db.SaveChangesAsync();
        return session.Key;
    }

    private static ISearchIndexAdmin Resolve(IServiceProvider services, ServiceDescriptor descriptor) =>
        (ISearchIndexAdmin)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.GetServiceOrCreateInstance(services, descriptor.ImplementationType!));
}
