using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Notifications;
using VirtualSchool.Portal.Infrastructure;
using VirtualSchool.Portal.Web.Jobs;
using VirtualSchool.Portal.Web.Members.Persistence;
using VirtualSchool.Portal.Web.Security;

namespace VirtualSchool.Portal.Web.Members;

/// <summary>
/// The members area: a second ASP.NET Core Identity store with its own cookie scheme, never the default one
/// (see docs/decisions/0008). Identity's options are shared with the back office (one options object per
/// app), so members use token providers with names of their own instead of Identity's "Default" ones,
/// which belong to back-office users.
/// </summary>
public static class MembersSetup
{
    public const string SignInRateLimit = "members-sign-in";

    public static WebApplicationBuilder AddMembers(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<MembersOptions>().BindConfiguration(MembersOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<MemberRetention>();
        services.AddPortalJob<MemberRetentionJob>(MemberRetentionJob.Name, "Warns members whose accounts are unused, then erases those still unused, and unaccepted invitations", JobSchedule.DailyUk(3, 45));
        services.AddDbContext<MembersDbContext>((sp, db) =>
            PortalDatabase.Configure(db, sp, typeof(MembersDbContext).Assembly.GetName().Name!, MembersDbContext.HistoryTable));

        services.AddMemberIdentity();
        services.AddMemberCookies();

        services.AddAuthorizationBuilder()
            .AddPolicy(MemberAuthentication.Policy, p => p.AddAuthenticationSchemes(MemberAuthentication.Scheme).RequireAuthenticatedUser());

        services.AddHttpContextAccessor();
        services.AddScoped<MemberMail>();
        services.AddSingleton<BoardMeetings>();
        services.AddNotificationHandler<BoardPapersPublishedHandler>();
        services.AddSingleton<Content.IContentRouteOwner, MembersAreaRoutes>();
        services.AddSingleton<MembersInitialiser>();
        services.AddHostedService(sp => sp.GetRequiredService<MembersInitialiser>());
        return builder;
    }

    /// <summary>
    /// Members' Identity store, with token providers of their own for invitations, resets and authenticator codes
    /// (Identity's "Default" providers belong to back-office users), and the lifetimes of their links.
    /// </summary>
    private static void AddMemberIdentity(this IServiceCollection services)
    {
        services.AddIdentityCore<Member>(o =>
            {
                // The same rules as the back office (the options object is shared): length over composition,
                // five failures lock the account for 15 minutes.
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
            .AddRoles<MemberGroup>()
            .AddEntityFrameworkStores<MembersDbContext>()
            .AddTokenProvider<MemberInvitationTokenProvider>(MemberAuthentication.InvitationTokenProvider)
            .AddTokenProvider<MemberResetTokenProvider>(MemberAuthentication.ResetTokenProvider)
            .AddTokenProvider<SingleUseAuthenticatorTokenProvider<Member>>(MemberAuthentication.AuthenticatorTokenProvider);
        services.AddOptions<MemberInvitationTokenOptions>().Configure<IOptions<MembersOptions>>((o, members) =>
        {
            o.Name = "MemberInvitation";
            o.TokenLifespan = members.Value.InvitationLifetime;
        });
        services.AddOptions<MemberResetTokenOptions>().Configure<IOptions<MembersOptions>>((o, members) =>
        {
            o.Name = "MemberReset";
            o.TokenLifespan = members.Value.ResetLifetime;
        });
    }

    /// <summary>The members' cookie scheme and its two-factor cookie, with the server-side session store behind them.</summary>
    private static void AddMemberCookies(this IServiceCollection services)
    {
        services.AddAuthentication()
            .AddCookie(MemberAuthentication.Scheme, o =>
            {
                o.Cookie.Name = MemberAuthentication.CookieName;
                o.Cookie.Path = "/";
                o.Cookie.HttpOnly = true;
                // Lax, so a link to a paper in an email opens signed in.
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.LoginPath = "/members/login";
                o.LogoutPath = "/members/logout";
                o.AccessDeniedPath = "/members/forbidden";
                o.ReturnUrlParameter = "returnUrl";
                o.ExpireTimeSpan = TimeSpan.FromMinutes(60);
                o.SlidingExpiration = true;
                o.Events.OnValidatePrincipal = MemberPrincipals.ValidateAsync;
                RelativeSignInRedirects.Apply(o);
            })
            .AddCookie(MemberAuthentication.TwoFactorScheme, o =>
            {
                o.Cookie.Name = "vsp.member.2fa";
                o.Cookie.Path = "/members";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromMinutes(5);
                o.SlidingExpiration = false;
            });

        // The session is kept on the server, so signing out ends it for every copy of the cookie.
        services.AddOptions<CookieAuthenticationOptions>(MemberAuthentication.Scheme)
            .Configure<IServiceScopeFactory, IDataProtectionProvider, TimeProvider>((o, scopes, protection, clock) =>
                o.SessionStore = new SignInSessionStore<MembersDbContext>(scopes, protection, clock));
    }
}
