using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using VirtualSchool.Portal.Infrastructure;
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

        services.AddBackOfficeIdentity();
        services.AddBackOfficeCookies();
        services.AddBackOfficeAuthorization();

        services.AddSingleton<Content.ContentEditorForm>();
        services.AddSingleton<Content.ContentDestinations>();
        services.AddSingleton<Settings.MarkdownConversion>();
        services.AddSingleton<Settings.MarkdownConversionRun>();
        services.AddSingleton<Content.ContentTree>();
        services.AddSingleton<Content.VersionComparer>();
        services.AddSingleton<BackOfficeInitialiser>();
        services.AddHostedService(sp => sp.GetRequiredService<BackOfficeInitialiser>());
        return builder;
    }

    /// <summary>
    /// Back-office users' Identity store, with its password, lockout and token rules. Members have a store of their
    /// own (<see cref="VirtualSchool.Portal.Web.Members.MembersSetup"/>) but share these options, which is why members' token providers have
    /// names of their own.
    /// </summary>
    private static void AddBackOfficeIdentity(this IServiceCollection services)
    {
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
    }

    /// <summary>The back office's cookie scheme, the two-factor cookies, and the server-side session store behind them.</summary>
    private static void AddBackOfficeCookies(this IServiceCollection services)
    {
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
                RelativeSignInRedirects.Apply(o);
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
    }

    /// <summary>One policy per back-office area, each naming the roles that may use it (see <see cref="BackOfficeRoles"/>).</summary>
    private static void AddBackOfficeAuthorization(this IServiceCollection services)
    {
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
            .AddPolicy(BackOfficePolicies.ManageSettings, p => p.AddAuthenticationSchemes(BackOfficePolicies.Scheme).RequireRole(BackOfficeRoles.Administrator))
            .AddPolicy(BackOfficePolicies.ManageMembers, p => p.AddAuthenticationSchemes(BackOfficePolicies.Scheme)
                .RequireRole(BackOfficeRoles.Administrator, BackOfficeRoles.BoardClerk))
            .AddPolicy(BackOfficePolicies.ManageMemberGroups, p => p.AddAuthenticationSchemes(BackOfficePolicies.Scheme).RequireRole(BackOfficeRoles.Administrator))
            .AddPolicy(BackOfficePolicies.ManagePublicAccess, p => p.AddAuthenticationSchemes(BackOfficePolicies.Scheme)
                .RequireRole(BackOfficeRoles.Administrator, BackOfficeRoles.Editor))
            .AddPolicy(BackOfficePolicies.ManageTraining, p => p.AddAuthenticationSchemes(BackOfficePolicies.Scheme)
                .RequireRole(BackOfficeRoles.Administrator, BackOfficeRoles.TrainingCoordinator))
            .AddPolicy(BackOfficePolicies.ManageBoardData, p => p.AddAuthenticationSchemes(BackOfficePolicies.Scheme)
                .RequireRole(BackOfficeRoles.Administrator, BackOfficeRoles.DataOfficer))
            .AddPolicy(BackOfficePolicies.Forms, p => p.AddAuthenticationSchemes(BackOfficePolicies.Scheme)
                .RequireRole(BackOfficeRoles.All.Select(r => r.Name)))
            .AddPolicy(BackOfficePolicies.ManageForms, p => p.AddAuthenticationSchemes(BackOfficePolicies.Scheme)
                .RequireRole(BackOfficeRoles.Administrator, BackOfficeRoles.Editor));
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
