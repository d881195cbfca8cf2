using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Core.Media;
using VirtualSchool.Portal.Infrastructure;

namespace VirtualSchool.Portal.Web.BackOffice.Media;

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
