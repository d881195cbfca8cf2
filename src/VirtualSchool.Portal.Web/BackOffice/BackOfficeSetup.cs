using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Infrastructure;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Web.BackOffice.Persistence;
using VirtualSchool.Portal.Web.BackOffice.Security;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Security;

namespace VirtualSchool.Portal.Web.BackOffice;

/// <summary>The back office at /umbraco: its user store, sign-in, roles and policies.</summary>
public static class BackOfficeSetup
{
    public static WebApplicationBuilder AddBackOffice(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddDbContext<BackOfficeDbContext>((sp, db) =>
            PortalDatabase.Configure(db, sp, typeof(BackOfficeDbContext).Assembly.GetName().Name!, BackOfficeDbContext.HistoryTable));

        services.AddIdentityCore<BackOfficeUser>(o =>
            {
                // NCSC guidance: length over composition rules.
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<BackOfficeDbContext>()
            .AddSignInManager<BackOfficeSignInManager>()
            .AddDefaultTokenProviders()
            // In place of Identity's authenticator provider: a code's time step is accepted once (RFC 6238 §5.2).
            .AddTokenProvider<SingleUseAuthenticatorTokenProvider<BackOfficeUser>>(TokenOptions.DefaultAuthenticatorProvider);
        services.AddScoped<ISecurityStampValidator, SecurityStampValidator<BackOfficeUser>>();
        // Invitations and password resets: a link that works once (the password change renews the security
        // stamp) and expires after three days.
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromDays(3));
        // Sign-out everywhere and disabling a user take effect on the very next request.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);

        services.AddAuthentication()
            .AddCookie(BackOfficePolicies.Scheme, o =>
            {
                o.Cookie.Name = "vsp.backoffice";
                o.Cookie.Path = "/umbraco";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.LoginPath = "/umbraco/login";
                o.LogoutPath = "/umbraco/logout";
                o.AccessDeniedPath = "/umbraco/denied";
                o.ReturnUrlParameter = "returnUrl";
                // The session ends after 30 minutes without a request.
                o.ExpireTimeSpan = TimeSpan.FromMinutes(30);
                o.SlidingExpiration = true;
                o.Events.OnValidatePrincipal = SecurityStampValidator.ValidatePrincipalAsync;
            })
            .AddCookie(IdentityConstants.TwoFactorUserIdScheme, o =>
            {
                o.Cookie.Name = "vsp.backoffice.2fa";
                o.Cookie.Path = "/umbraco";
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.ExpireTimeSpan = TimeSpan.FromMinutes(5);
            })
            .AddCookie(IdentityConstants.TwoFactorRememberMeScheme, o => o.Cookie.Name = "vsp.backoffice.2fa-remember")
            .AddCookie(IdentityConstants.ExternalScheme, o => o.Cookie.Name = "vsp.external");

        // The session is kept on the server, so signing out ends it for every copy of the cookie.
        services.AddOptions<CookieAuthenticationOptions>(BackOfficePolicies.Scheme)
            .Configure<IServiceScopeFactory, IDataProtectionProvider, TimeProvider>((o, scopes, protection, clock) =>
                o.SessionStore = new SignInSessionStore<BackOfficeDbContext>(scopes, protection, clock));

        services.AddAuthorizationBuilder()
            .AddPolicy(BackOfficePolicies.Access, p => p.AddAuthenticationSchemes(BackOfficePolicies.Scheme).RequireAuthenticatedUser()
                .RequireRole(BackOfficeRoles.All.Select(r => r.Name)))
            .AddPolicy(BackOfficePolicies.EditContent, p => p.AddAuthenticationSchemes(BackOfficePolicies.Scheme)
                .RequireRole(BackOfficeRoles.Administrator, BackOfficeRoles.Editor, BackOfficeRoles.Writer))
            .AddPolicy(BackOfficePolicies.PublishContent, p => p.AddAuthenticationSchemes(BackOfficePolicies.Scheme)
                .RequireRole(BackOfficeRoles.Administrator, BackOfficeRoles.Editor))
            .AddPolicy(BackOfficePolicies.ReadFeedback, p => p.AddAuthenticationSchemes(BackOfficePolicies.Scheme)
                .RequireRole(BackOfficeRoles.Administrator, BackOfficeRoles.Editor))
            .AddPolicy(BackOfficePolicies.ManageMedia, p => p.AddAuthenticationSchemes(BackOfficePolicies.Scheme)
                .RequireRole(BackOfficeRoles.Administrator, BackOfficeRoles.Editor))
            .AddPolicy(BackOfficePolicies.EmptyMediaRecycleBin, p => p.AddAuthenticationSchemes(BackOfficePolicies.Scheme).RequireRole(BackOfficeRoles.Administrator))
            .AddPolicy(BackOfficePolicies.EmptyContentRecycleBin, p => p.AddAuthenticationSchemes(BackOfficePolicies.Scheme).RequireRole(BackOfficeRoles.Administrator))
            .AddPolicy(BackOfficePolicies.ManageUsers, p => p.AddAuthenticationSchemes(BackOfficePolicies.Scheme).RequireRole(BackOfficeRoles.Administrator))
            .AddPolicy(BackOfficePolicies.ReadAudit, p => p.AddAuthenticationSchemes(BackOfficePolicies.Scheme).RequireRole(BackOfficeRoles.Administrator))
            .AddPolicy(BackOfficePolicies.RunJobs, p => p.AddAuthenticationSchemes(BackOfficePolicies.Scheme).RequireRole(BackOfficeRoles.Administrator))
            .AddPolicy(BackOfficePolicies.ManageEmail, p => p.AddAuthenticationSchemes(BackOfficePolicies.Scheme).RequireRole(BackOfficeRoles.Administrator))
            .AddPolicy(BackOfficePolicies.SyncContent, p => p.AddAuthenticationSchemes(BackOfficePolicies.Scheme).RequireRole(BackOfficeRoles.Administrator))
            .AddPolicy(BackOfficePolicies.ManageMembers, p => p.AddAuthenticationSchemes(BackOfficePolicies.Scheme)
                .RequireRole(BackOfficeRoles.Administrator, BackOfficeRoles.BoardClerk))
            .AddPolicy(BackOfficePolicies.ManageMemberGroups, p => p.AddAuthenticationSchemes(BackOfficePolicies.Scheme).RequireRole(BackOfficeRoles.Administrator))
            .AddPolicy(BackOfficePolicies.ManagePublicAccess, p => p.AddAuthenticationSchemes(BackOfficePolicies.Scheme)
                .RequireRole(BackOfficeRoles.Administrator, BackOfficeRoles.Editor))
            .AddPolicy(BackOfficePolicies.ManageTraining, p => p.AddAuthenticationSchemes(BackOfficePolicies.Scheme)
                .RequireRole(BackOfficeRoles.Administrator, BackOfficeRoles.TrainingCoordinator));

        services.AddSingleton<Content.PropertyEditors>();
        services.AddSingleton<ContentTools.ContentDestinations>();
        services.AddSingleton<BackOfficeInitialiser>();
        services.AddHostedService(sp => sp.GetRequiredService<BackOfficeInitialiser>());
        return builder;
    }

    /// <summary>Back-office responses are never stored by browsers or proxies.</summary>
    public static WebApplication UseBackOfficeHeaders(this WebApplication app)
    {
        // The Delivery API and its OpenAPI document live under /umbraco too, but are public and cacheable.
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/umbraco") && !DeliveryApi.DeliveryApiSetup.IsDeliveryPath(c.Request.Path), branch => branch.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.CacheControl = "no-store";
                context.Response.Headers.Pragma = "no-cache";
                return Task.CompletedTask;
            });
            return next(context);
        }));
        return app;
    }
}

/// <summary>
/// Migrates the user store, makes sure every role exists, and creates the first administrator from
/// <c>Portal:Install:AdminEmail</c>/<c>AdminPassword</c> when no back-office user exists yet.
/// </summary>
public sealed class BackOfficeInitialiser(IServiceScopeFactory scopes, IOptions<PortalOptions> options, AuditLog audit, TimeProvider clock, ILogger<BackOfficeInitialiser> logger)
    : IHostedService
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
