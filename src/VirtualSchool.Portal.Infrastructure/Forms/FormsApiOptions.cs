namespace VirtualSchool.Portal.Infrastructure.Forms;

/// <summary>
/// <c>Portal:Forms:Api</c>, as Umbraco Forms' <c>EnableFormsApi</c>, <c>FormsApiKey</c> and
/// <c>EnableAntiForgeryTokenForFormsApi</c>: off by default; when on, a request needs the <c>Api-Key</c> header when a key is
/// set, and a submission needs the site's antiforgery token unless that is turned off (server-to-server clients).
/// </summary>
public sealed class FormsApiOptions
{
    public bool Enabled { get; set; }

    public string? ApiKey { get; set; }

    public bool RequireAntiforgeryToken { get; set; } = true;
}
