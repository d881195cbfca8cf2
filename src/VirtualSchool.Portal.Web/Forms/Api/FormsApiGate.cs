using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Infrastructure;
using VirtualSchool.Portal.Web.Security;

namespace VirtualSchool.Portal.Web.Forms.Api;

/// <summary>
/// The forms API's checks, once for the group: off unless <c>Portal:Forms:Api:Enabled</c> (a 404, as if it were not
/// there); the <c>Api-Key</c> header when <c>Portal:Forms:Api:ApiKey</c> is set (401); and for a post the form token
/// in the <c>RequestVerificationToken</c> header unless <c>RequireAntiforgeryToken</c> is false (400).
/// </summary>
public static class FormsApiGate
{
    public const string ApiKeyHeader = "Api-Key";

    public static async ValueTask<object?> CheckAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        http.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>()?.Enabled = false;
        var api = http.RequestServices.GetRequiredService<IOptionsMonitor<PortalOptions>>().CurrentValue.Forms.Api;
        if (!api.Enabled)
        {
            return TypedResults.Problem(title: "Not Found", statusCode: StatusCodes.Status404NotFound);
        }

        if (!string.IsNullOrEmpty(api.ApiKey) && !SameKey(http.Request.Headers[ApiKeyHeader].ToString(), api.ApiKey))
        {
            return TypedResults.Problem(title: "Unauthorized", detail: "The Api-Key header is missing or wrong.", statusCode: StatusCodes.Status401Unauthorized);
        }

        if (HttpMethods.IsPost(http.Request.Method) && api.RequireAntiforgeryToken
            && !http.RequestServices.GetRequiredService<FormTokens>().IsValid(http, http.Request.Headers[FormTokens.HeaderName]))
        {
            return TypedResults.Problem(title: "Bad Request", detail: "The RequestVerificationToken header is missing or not this browser's.", statusCode: StatusCodes.Status400BadRequest);
        }

        return await next(context);
    }

    private static bool SameKey(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
