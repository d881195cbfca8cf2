using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Infrastructure;

namespace VirtualSchool.Portal.Web.BackOffice.BoardData;

public sealed class BoardDataUploadLimitFilter(IOptions<PortalOptions> options, IModelMetadataProvider metadata) : IAsyncAuthorizationFilter
{
    /// <summary>Room for the multipart boundaries, headers and the form's other fields.</summary>
    public const long Margin = 16 * 1024;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        var maxFile = options.Value.BoardData.MaxUploadBytes;
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
            context.Result = new ViewResult
            {
                ViewName = BoardDataViews.UploadTooLarge,
                StatusCode = StatusCodes.Status413PayloadTooLarge,
                ViewData = new ViewDataDictionary(metadata, context.ModelState)
                {
                    ["Errors"] = new FormErrors { new("file", TooLarge(maxFile)) },
                    ["Title"] = "The file is too large",
                },
            };
        }
    }

    public static string TooLarge(long maxFile) =>
        string.Create(CultureInfo.InvariantCulture, $"The file must be smaller than {Math.Max(1, maxFile / 1024)} KB: upload the template with one row for each measure and group");
}
