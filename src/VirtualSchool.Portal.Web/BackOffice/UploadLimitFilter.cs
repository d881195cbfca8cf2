using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace VirtualSchool.Portal.Web.BackOffice;

/// <summary>
/// Caps an upload's request body before model binding reads it, and answers a body over the cap with a 413 page that
/// says the limit (never a 500, never a half-read form). Each upload screen says its limit, margin, page and message.
/// </summary>
public abstract class UploadLimitFilter(IModelMetadataProvider metadata) : IAsyncAuthorizationFilter
{
    /// <summary>The largest file accepted, in bytes.</summary>
    protected abstract long MaxFileBytes { get; }

    /// <summary>Room for the multipart boundaries, headers and the form's other fields.</summary>
    protected abstract long Margin { get; }

    /// <summary>The view that explains the refusal (it reads <c>Errors</c> and <c>Title</c>).</summary>
    protected abstract string ViewName { get; }

    /// <summary>What the person is told about the file that was too large.</summary>
    protected abstract string TooLargeMessage(long maxFileBytes);

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        var maxFile = MaxFileBytes;
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
                ViewName = ViewName,
                StatusCode = StatusCodes.Status413PayloadTooLarge,
                ViewData = new ViewDataDictionary(metadata, context.ModelState)
                {
                    ["Errors"] = new FormErrors { new("file", TooLargeMessage(maxFile)) },
                    ["Title"] = "The file is too large",
                },
            };
        }
    }
}
