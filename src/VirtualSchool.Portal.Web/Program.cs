using VirtualSchool.Portal.Web.Hosting;

// The application's own folder is its content root (appsettings.json, logging) wherever it is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = PortalPaths.ApplicationRoot(args) });
builder.AddPortal();

var app = builder.Build();
app.UsePortal();
app.Run();

/// <summary>The web host's entry point; public so integration tests can start it with WebApplicationFactory.</summary>
public partial class Program;
