namespace VirtualSchool.Portal.Web.Security;

/// <summary>Refuses a post whose form token is missing or not this browser's, with a 400.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class ValidateFormTokenAttribute : Attribute, Microsoft.AspNetCore.Mvc.Filters.IAsyncAuthorizationFilter, Microsoft.AspNetCore.Mvc.Filters.IOrderedFilter
{
    public int Order => -1000;

    public async Task OnAuthorizationAsync(Microsoft.AspNetCore.Mvc.Filters.AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        string? submitted = http.Request.Headers[FormTokens.HeaderName];
        if (string.IsNullOrEmpty(submitted) && http.Request.HasFormContentType)
        {
            try
            {
                var form = await http.Request.ReadFormAsync(http.RequestAborted);
                submitted = form[FormTokens.FieldName];
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException or BadHttpRequestException)
            {
                // An oversized or malformed body: 413 or 400, whatever token it carried.
                context.Result = new Microsoft.AspNetCore.Mvc.StatusCodeResult(Errors.RequestFailures.StatusFor(ex));
                return;
            }
        }

        if (!http.RequestServices.GetRequiredService<FormTokens>().IsValid(http, submitted))
        {
            context.Result = new Microsoft.AspNetCore.Mvc.BadRequestResult();
        }
    }
}
