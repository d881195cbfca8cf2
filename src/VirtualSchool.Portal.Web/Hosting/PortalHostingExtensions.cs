using System.Threading.RateLimiting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption;
using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption.ConfigurationModel;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Infrastructure;
using VirtualSchool.Portal.Web.BackOffice;
using VirtualSchool.Portal.Web.BackOffice.BoardData;
using VirtualSchool.Portal.Web.BackOffice.Security;
using VirtualSchool.Portal.Web.Content;
using VirtualSchool.Portal.Web.DeliveryApi;
using VirtualSchool.Portal.Web.Email;
using VirtualSchool.Portal.Web.Feedback;
using VirtualSchool.Portal.Web.Forms;
using VirtualSchool.Portal.Web.Search;
using VirtualSchool.Portal.Web.Jobs;
using VirtualSchool.Portal.Web.Media;
using VirtualSchool.Portal.Web.Members;
using VirtualSchool.Portal.Web.Security;
using VirtualSchool.Portal.Web.Seo;
using VirtualSchool.Portal.Web.Site;
using VirtualSchool.Portal.Web.Training;


namespace VirtualSchool.Portal.Web.Hosting;

public static class PortalHostingExtensions
{
    /// <summary>Registers everything the portal is made of.</summary>
    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<PortalOptions>().BindConfiguration(PortalOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<PortalOptions>>().Value;
            var siteRoot = PortalPaths.FindSiteRoot(options.ContentRoot, sp.GetRequiredService<IWebHostEnvironment>().ContentRootPath);
            return PortalLocations.Create(siteRoot, options.DataPath);
        });

        // wwwroot sits at the top of the repository, beside uSync/, not inside the web project.
        var webRoot = Path.Combine(PortalPaths.FindSiteRoot(builder.Configuration["Portal:ContentRoot"], builder.Environment.ContentRootPath), "wwwroot");
        Directory.CreateDirectory(webRoot);
        builder.Environment.WebRootPath = webRoot;
        builder.Environment.WebRootFileProvider = new PhysicalFileProvider(webRoot);

        builder.Services.AddPortalInfrastructure();

        builder.Services.AddSingleton<PublicAddress>();
        builder.Services.AddSingleton<ISiteAddress>(sp => sp.GetRequiredService<PublicAddress>());
        // Hosted services start in order: the start-up lock first, the initialisers, then its release.
        builder.Services.AddSingleton<StartupLock>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<StartupLock>());
        builder.Services.AddSingleton<PortalInitialiser>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<PortalInitialiser>());
        builder.Services.AddHostedService<CacheSyncService>();

        builder.AddTraining();

        builder.Services.AddControllersWithViews();
        builder.AddBackOffice();
        builder.AddDeliveryApi();
        builder.AddMembers();
        builder.AddForms();
        builder.AddSearch();
        builder.Services.AddBoardDataBackOffice();
        builder.Services.AddHostedService<StartupLock.Release>();
        builder.Services.AddHostedService<StartupNotices>();
        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
        // Keys live in the data folder, so forms and cookies survive a restart; AES-GCM is one pass over the
        // data where the default (AES-CBC with HMAC) is two, which matters for the token on every page.
        builder.Services.AddDataProtection()
            .SetApplicationName("VirtualSchool.Portal")
            .UseCryptographicAlgorithms(new AuthenticatedEncryptorConfiguration
            {
                EncryptionAlgorithm = EncryptionAlgorithm.AES_256_GCM,
                ValidationAlgorithm = ValidationAlgorithm.HMACSHA256,
            });
        builder.Services.AddOptions<KeyManagementOptions>().Configure<PortalLocations, ILoggerFactory>((o, locations, logs) =>
            o.XmlRepository = new FileSystemXmlRepository(Directory.CreateDirectory(Path.Combine(locations.DataPath, "keys")), logs));
        builder.Services.AddKeyRingProtection();
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "vsp.antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.HeaderName = "RequestVerificationToken";
        });

        AddRateLimits(builder.Services);

        builder.Services.AddJobs();
        builder.Services.AddEmail();
        builder.Services.AddFeedback();
        builder.Services.AddContentPages();
        builder.Services.AddPortalHealth();
        builder.Services.AddSiteFurniture();
        builder.Services.AddSingleton<FormTokens>();
        builder.Services.AddTrustedProxies();
        return builder;
    }

    /// <summary>The per-address limits of the forms anyone may post, and of sign-in and search.</summary>
    private static void AddRateLimits(IServiceCollection services) =>
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Each is a fixed window per client address (the real client's behind a trusted proxy: TrustedProxies),
            // its limit read per request (settings arrive late in tests).
            PerAddressPerMinute(o, FeedbackController.RateLimitPolicy, sp => sp.GetRequiredService<IOptions<PortalOptions>>().Value.Feedback.PermitsPerMinute);
            PerAddressPerMinute(o, FormsSetup.RateLimitPolicy, sp => sp.GetRequiredService<IOptions<PortalOptions>>().Value.Forms.PermitsPerMinute);
            PerAddressPerMinute(o, SearchSetup.RateLimitPolicy, SearchSetup.PermitsPerMinute);
            PerAddressPerMinute(o, TrainingController.RateLimitPolicy, sp => sp.GetRequiredService<IOptions<PortalOptions>>().Value.Training.PermitsPerMinute);
            PerAddressPerMinute(o, BackOfficeRateLimits.SignIn, sp => sp.GetRequiredService<IOptions<PortalOptions>>().Value.Security.SignInPermitsPerMinute);
            PerAddressPerMinute(o, MembersSetup.SignInRateLimit, sp => sp.GetRequiredService<IOptions<MembersOptions>>().Value.SignInPermitsPerMinute);
        });

    private static void PerAddressPerMinute(RateLimiterOptions options, string policy, Func<IServiceProvider, int> permits) =>
        options.AddPolicy(policy, context => RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits(context.RequestServices),
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            }));

    /// <summary>The request pipeline and the portal's endpoints.</summary>
    public static WebApplication UsePortal(this WebApplication app)
    {
        var portal = app.Configuration.GetSection(PortalOptions.Section).Get<PortalOptions>() ?? new PortalOptions();
        app.UseForwardedHeaders();
        if (portal.DetailedErrors)
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/error/500");
            if (!app.Environment.IsDevelopment())
            {
                app.UseHsts();
            }
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseMiddleware<SecurityHeadersMiddleware>();

        // Cached content pages are answered here, before static files, routing and MVC: the readers' hot path.
        var pages = app.Services.GetRequiredService<PageCache>();
        app.Use(async (context, next) =>
        {
            if (!await pages.TryServeAsync(context))
            {
                await next(context);
            }
        });
        // So are the Delivery API's anonymous answers, once the output cache's policy has let them be kept.
        var answers = app.Services.GetRequiredService<DeliveryAnswerCache>();
        app.Use((context, next) => answers.ServeOrCaptureAsync(context, next));
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = ctx => ctx.Context.Response.Headers.CacheControl = "public, max-age=3600",
        });
        // A signed-in member is the request's user from here on (static files never ask who is signed in).
        app.UseMemberPrincipal();
        app.UseBackOfficeHeaders();
        app.UseRouting();
        app.UseOutputCache();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapPortalHealth();
        app.MapSitemap();
        app.MapMedia();
        app.MapDeliveryApi();
        app.MapForms();
        app.MapSearch();
        app.MapControllers();
        app.MapGet("/umbraco/{**rest}", () => Results.NotFound()).ExcludeFromDescription();
        app.MapFallbackToController("Render", "Content");
        return app;
    }
}
