using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Notifications;
using VirtualSchool.Portal.Infrastructure;
using VirtualSchool.Portal.Infrastructure.Access;
using VirtualSchool.Portal.Web.Members.Persistence;
using VirtualSchool.Portal.Web.Security;

namespace VirtualSchool.Portal.Web.Members;

/// <summary>The <c>Portal:Members</c> section.</summary>
public sealed class MembersOptions
{
    public const string Section = "Portal:Members";

    /// <summary>How long an invitation's set-password link works (default 3 days).</summary>
    public TimeSpan InvitationLifetime { get; set; } = TimeSpan.FromDays(3);

    /// <summary>How long a forgotten-password or change-of-email link works (default 2 hours).</summary>
    public TimeSpan ResetLifetime { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Sign-in, forgotten-password and invitation posts allowed from one address per minute.</summary>
    public int SignInPermitsPerMinute { get; set; } = 20;

    /// <summary>
    /// An account nobody has signed in to for this many months is closed and its personal data erased, after a
    /// warning email (0 keeps accounts until an administrator erases them).
    /// </summary>
    [System.ComponentModel.DataAnnotations.Range(0, 1200)]
    public int RetentionMonths { get; set; } = 24;

    /// <summary>How long after the warning the member has to sign in to keep their account.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 365)]
    public int RetentionWarningDays { get; set; } = 30;

    /// <summary>The members area's address for links in emails, when it differs from <c>Portal:PublicUrl</c>.</summary>
    public string? SiteUrl { get; set; }
}

/// <summary>Invitation links: single use (setting the password renews the security stamp) and expiring.</summary>
public sealed class MemberInvitationTokenOptions : DataProtectionTokenProviderOptions;

/// <summary>Forgotten-password and change-of-email links: single use and short-lived.</summary>
public sealed class MemberResetTokenOptions : DataProtectionTokenProviderOptions;

public sealed class MemberInvitationTokenProvider(IDataProtectionProvider protection, IOptions<MemberInvitationTokenOptions> options, ILogger<DataProtectorTokenProvider<Member>> logger)
    : DataProtectorTokenProvider<Member>(protection, options, logger);

public sealed class MemberResetTokenProvider(IDataProtectionProvider protection, IOptions<MemberResetTokenOptions> options, ILogger<DataProtectorTokenProvider<Member>> logger)
    : DataProtectorTokenProvider<Member>(protection, options, logger);

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
        services.AddDbContext<MembersDbContext>((sp, db) =>
            PortalDatabase.Configure(db, sp, typeof(MembersDbContext).Assembly.GetName().Name!, MembersDbContext.HistoryTable));

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

        services.AddAuthorizationBuilder()
            .AddPolicy(MemberAuthentication.Policy, p => p.AddAuthenticationSchemes(MemberAuthentication.Scheme).RequireAuthenticatedUser());

        services.AddHttpContextAccessor();
        services.AddScoped<MemberMail>();
        services.AddSingleton<BoardMeetings>();
        services.AddSingleton<INotificationHandler<ContentPublishedNotification>, BoardPapersPublishedHandler>();
        services.AddSingleton<Content.IContentRouteOwner, MembersAreaRoutes>();
        services.AddSingleton<MembersInitialiser>();
        services.AddHostedService(sp => sp.GetRequiredService<MembersInitialiser>());
        return builder;
    }
}

/// <summary>The member (if any) on a request, and their groups.</summary>
public static class MemberPrincipals
{
    private const string ItemKey = "vsp:member";

    /// <summary>The signed-in member's principal on this request, or null; authenticated once per request.</summary>
    public static async Task<ClaimsPrincipal?> MemberAsync(HttpContext http)
    {
        if (http.Items.TryGetValue(ItemKey, out var known))
        {
            return known as ClaimsPrincipal;
        }

        var result = await http.AuthenticateAsync(MemberAuthentication.Scheme);
        var principal = result.Succeeded ? result.Principal : null;
        http.Items[ItemKey] = principal;
        return principal;
    }

    /// <summary>
    /// The groups that count for public access: none for anonymous readers, and none for a member who must
    /// still set up two-factor authentication.
    /// </summary>
    public static async Task<IReadOnlyCollection<string>> GroupsAsync(HttpContext http) =>
        await MemberAsync(http) is { } member ? Groups(member) : [];

    public static IReadOnlyCollection<string> Groups(ClaimsPrincipal member) =>
        member.HasClaim(c => c.Type == MemberAuthentication.TwoFactorSetupPending)
            ? []
            : member.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();

    /// <summary>
    /// Every request with a member cookie is checked against the store: an erased member, or a cookie issued
    /// before the security stamp changed (password changed, signed out everywhere), is signed out; the groups
    /// are read afresh, so a change of groups applies at the very next request.
    /// </summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var users = services.GetRequiredService<UserManager<Member>>();
        var id = context.Principal is { } p ? users.GetUserId(p) : null;
        var member = id is null ? null : await users.FindByIdAsync(id);
        var stamp = context.Principal?.FindFirstValue(users.Options.ClaimsIdentity.SecurityStampClaimType);
        if (member is null || !string.Equals(member.SecurityStamp, stamp, StringComparison.Ordinal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(MemberAuthentication.Scheme);
            return;
        }

        context.ReplacePrincipal(await CreateAsync(services, member));
    }

    /// <summary>The member's principal: their groups as roles, and a marker when two-factor set-up is still owed.</summary>
    public static async Task<ClaimsPrincipal> CreateAsync(IServiceProvider services, Member member)
    {
        var principal = await services.GetRequiredService<IUserClaimsPrincipalFactory<Member>>().CreateAsync(member);
        if (!member.TwoFactorEnabled && await RequiresTwoFactorAsync(services, member))
        {
            ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(MemberAuthentication.TwoFactorSetupPending, "1"));
        }

        return principal;
    }

    /// <summary>True when any of the member's groups requires an authenticator app.</summary>
    public static async Task<bool> RequiresTwoFactorAsync(IServiceProvider services, Member member)
    {
        var db = services.GetRequiredService<MembersDbContext>();
        return await db.UserRoles.Where(r => r.UserId == member.Id)
            .Join(db.Roles, ur => ur.RoleId, g => g.Id, (_, g) => g)
            .AnyAsync(g => g.RequireTwoFactor);
    }
}

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

/// <summary>The seed content's restrictions (the keys of items in uSync/v17), applied once on first boot.</summary>
public static class MembersSeed
{
    /// <summary>The "Board meetings" content node under the Management Board page.</summary>
    public static readonly Guid BoardMeetingsNode = Guid.Parse("6b3f0a4e-9c1d-4e7a-8b52-1d0c5e9f7a31");

    /// <summary>The "Board papers" media folder.</summary>
    public static readonly Guid BoardPapersFolder = Guid.Parse("a4c2e8f1-3b7d-4f60-9e15-7c8d2b4a6e90");

    /// <summary>The "Member-only resources" media folder.</summary>
    public static readonly Guid MemberOnlyResourcesFolder = Guid.Parse("d19e7b35-2f4c-4a86-b0d3-5e6f8a1c2b47");

    /// <summary>The "Members' resources: member-only" content folder under the resources page.</summary>
    public static readonly Guid MemberOnlyResourcesNode = Guid.Parse("e5a1c9d7-4b3f-4e28-a6c0-9f2d8b7e1a53");

    private static readonly string[] ResourceGroups =
        [MemberGroupNames.ManagementBoard, MemberGroupNames.DesignatedTeachers, MemberGroupNames.Governors];

    public static readonly IReadOnlyList<(PublicAccessTarget Target, Guid Key, string[] Groups)> Rules =
    [
        (PublicAccessTarget.Content, BoardMeetingsNode, [MemberGroupNames.ManagementBoard]),
        (PublicAccessTarget.Media, BoardPapersFolder, [MemberGroupNames.ManagementBoard]),
        (PublicAccessTarget.Content, MemberOnlyResourcesNode, ResourceGroups),
        (PublicAccessTarget.Media, MemberOnlyResourcesFolder, ResourceGroups),
    ];
}
