namespace VirtualSchool.Portal.Web.Security;

/// <summary>
/// Adds the security headers every response carries, including a Content Security Policy whose nonce the
/// layout puts on its one inline script.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    private const string NonceKey = "csp-nonce";
    private const string PolicyStart = "default-src 'self'; script-src 'self' 'nonce-";
    private const string PolicyEnd = "'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    public static string Nonce(HttpContext context) =>
        context.Items.TryGetValue(NonceKey, out var nonce) && nonce is string value ? value : "";

    public Task InvokeAsync(HttpContext context)
    {
        Span<byte> random = stackalloc byte[16];
        RandomBytes.Fill(random);
        var nonce = Convert.ToBase64String(random);
        context.Items[NonceKey] = nonce;
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = string.Concat(PolicyStart, nonce, PolicyEnd);
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        return next(context);
    }
}
