using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace VirtualSchool.Portal.Web.Security;

/// <summary>
/// The cookie schemes' redirects (to sign in, to "access denied", after signing out) as paths on this site. ASP.NET
/// Core's defaults write an absolute address built from the request's Host header, which anyone can forge: a reader
/// behind a proxy that passes a forged Host on would be sent to another site's sign-in page.
/// </summary>
public static class RelativeSignInRedirects
{
    /// <summary>Makes every redirect of these cookie options relative (path and query only).</summary>
    public static void Apply(CookieAuthenticationOptions options)
    {
        options.Events.OnRedirectToLogin = context => Redirect(context, StatusCodes.Status401Unauthorized);
        options.Events.OnRedirectToAccessDenied = context => Redirect(context, StatusCodes.Status403Forbidden);
        options.Events.OnRedirectToLogout = context => Redirect(context, null);
        options.Events.OnRedirectToReturnUrl = context => Redirect(context, null);
    }

    /// <summary>The path and query of an address the handler built (its scheme and host dropped), else the address as it is.</summary>
    public static string Relative(string redirectUri) =>
        Uri.TryCreate(redirectUri, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"
            ? absolute.PathAndQuery + absolute.Fragment
            : redirectUri;

    private static Task Redirect(RedirectContext<CookieAuthenticationOptions> context, int? scriptStatus)
    {
        var target = Relative(context.RedirectUri);
        // As the default handler does: a script's request is told 401 (or 403) with the address, not redirected.
        if (string.Equals(context.Request.Headers.XRequestedWith, "XMLHttpRequest", StringComparison.Ordinal))
        {
            context.Response.Headers.Location = target;
            if (scriptStatus is { } status)
            {
                context.Response.StatusCode = status;
            }

            return Task.CompletedTask;
        }

        context.Response.Redirect(target);
        return Task.CompletedTask;
    }
}
