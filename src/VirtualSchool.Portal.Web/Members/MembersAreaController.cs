using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using VirtualSchool.Portal.Web.Content;

namespace VirtualSchool.Portal.Web.Members;

/// <summary>
/// Base of the members area's controllers: antiforgery on every post, nothing stored by browsers or proxies,
/// the site's header and footer, and a member whose group requires two-factor authentication is sent to set
/// it up before anything else.
/// </summary>
[AutoValidateAntiforgeryToken]
[ApiExplorerSettings(IgnoreApi = true)]
public abstract class MembersAreaController : Controller
{
    protected string? ClientAddress => HttpContext.Connection.RemoteIpAddress?.ToString();

    public override async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        ViewData["Site"] = HttpContext.RequestServices.GetRequiredService<SiteModelFactory>().Create(null);
        Response.OnStarting(() =>
        {
            Response.Headers.CacheControl = "private, no-store";
            Response.Headers.Pragma = "no-cache";
            return Task.CompletedTask;
        });

        if (!context.ActionDescriptor.EndpointMetadata.OfType<AllowWithTwoFactorSetupPendingAttribute>().Any()
            && await MemberPrincipals.MemberAsync(HttpContext) is { } member
            && member.HasClaim(c => c.Type == MemberAuthentication.TwoFactorSetupPending))
        {
            context.Result = Redirect("/members/account/two-factor?required=1");
            return;
        }

        await next();
    }

    /// <summary>
    /// Only paths on this site: never an address elsewhere (no open redirects), and only printable ASCII, which is all
    /// a Location header can carry (anything else would end the sign-in in a 500).
    /// </summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.Length <= 2000 && returnUrl.StartsWith('/')
            && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            && !returnUrl.Contains('\\', StringComparison.Ordinal) && returnUrl.All(c => c is >= '!' and <= '~')
            && Uri.TryCreate(returnUrl, UriKind.Relative, out _)
            ? returnUrl
            : "/members";
}
