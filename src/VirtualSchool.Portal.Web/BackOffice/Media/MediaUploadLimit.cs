using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Core.Media;
using VirtualSchool.Portal.Infrastructure;
using VirtualSchool.Portal.Web.BackOffice.Controllers;

namespace VirtualSchool.Portal.Web.BackOffice.Media;

/// <summary>
/// Limits an upload request's body to a little above <c>Portal:Media:MaxUploadBytes</c> (the fixed
/// [RequestSizeLimit] attribute cannot read options) and reads the form itself, so that a body over the limit
/// gets a GOV.UK error page with a 413 rather than a reset connection or a 500.
/// </summary>
/// <remarks>
/// It runs among the authorisation filters, after the back-office policy and two-factor check and before
/// antiforgery (order 1000): antiforgery reads the form, and a resource filter would run too late to set the
/// limit or to answer a failed read with anything but antiforgery's bare 400.
/// </remarks>
public sealed class MediaUploadLimitAttribute : TypeFilterAttribute
{
    public MediaUploadLimitAttribute()
        : base(typeof(MediaUploadLimitFilter)) => Order = 500;
}

public sealed class MediaUploadLimitFilter(IOptions<PortalOptions> options, IModelMetadataProvider metadata) : IAsyncAuthorizationFilter
{
    /// <summary>Room for the multipart boundaries, headers and the form's other fields.</summary>
    public const long Margin = 64 * 1024;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        var maxFile = options.Value.Media.MaxUploadBytes;
        var limit = maxFile + Margin;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        if (!http.Request.HasFormContentType)
        {
            return;
        }

        http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = limit }));
        try
        {
            await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
        {
            // The body was not read to its end, so nothing after this (the error page included) may try again.
            http.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
            var message = UploadRules.CheckSize(long.MaxValue, maxFile).Message;
            context.Result = new ViewResult
            {
                ViewName = "UploadTooLarge",
                StatusCode = StatusCodes.Status413PayloadTooLarge,
                ViewData = new ViewDataDictionary(metadata, context.ModelState)
                {
                    ["Errors"] = new FormErrors { new("file", message) },
                    ["Title"] = "The file is too large",
                },
            };
        }
    }
}
