namespace VirtualSchool.Portal.Web.Members;

/// <summary>
/// Makes a signed-in member the request's user on every request outside the back office and static files, before
/// routing and MVC. The member scheme is not the default scheme (decision 0008), so without this a page that
/// does not require a member (the resources page, the login page, any content page) ran as an anonymous user:
/// its antiforgery tokens were issued to "anonymous", and "Sign out" from it, which runs as the member, was
/// refused. With one answer to "who is this?" for every page and every post, a form always carries a token
/// for the person who will send it (the page cache, before this, never answers a browser with the cookie).
/// </summary>
public static class MemberRequestPrincipal
{
    public static WebApplication UseMemberPrincipal(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            // No cookie, no work: anonymous readers pay one dictionary look-up.
            if (!context.Request.Path.StartsWithSegments("/umbraco")
                && context.Request.Cookies.ContainsKey(MemberAuthentication.CookieName)
                && await MemberPrincipals.MemberAsync(context) is { } member)
            {
                context.User = member;
            }

            await next(context);
        });
        return app;
    }
}
