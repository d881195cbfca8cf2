using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Infrastructure;

namespace VirtualSchool.Portal.Web.Forms.Rendering;

/// <summary>
/// The cookie that finds a returning visitor's progress through forms: a random value (32 bytes), HttpOnly,
/// SameSite=Lax, Secure on HTTPS, lasting <c>Portal:Forms:ProgressHours</c>. Only its SHA-256 is stored.
/// </summary>
public sealed class FormProgressCookie(IOptions<PortalOptions> options)
{
    public const string CookieName = "vsp.formprogress";

    public static string? Read(HttpContext http) =>
        http.Request.Cookies.TryGetValue(CookieName, out var value) && value.Length is > 20 and <= 100 ? value : null;

    /// <summary>The visitor's value, or a new one (set on the response, moving the expiry on either way).</summary>
    public string Ensure(HttpContext http)
    {
        var value = Read(http) ?? Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        http.Response.Cookies.Append(CookieName, value, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = http.Request.IsHttps,
            IsEssential = true,
            Path = "/forms",
            MaxAge = TimeSpan.FromHours(options.Value.Forms.ProgressHours),
        });
        return value;
    }
}
