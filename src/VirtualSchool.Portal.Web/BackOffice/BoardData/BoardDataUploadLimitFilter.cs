using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Infrastructure;

namespace VirtualSchool.Portal.Web.BackOffice.BoardData;

/// <summary>The Board figures upload's cap (<c>Portal:BoardData:MaxUploadBytes</c>).</summary>
public sealed class BoardDataUploadLimitFilter(IOptions<PortalOptions> options, IModelMetadataProvider metadata) : UploadLimitFilter(metadata)
{
    protected override long MaxFileBytes => options.Value.BoardData.MaxUploadBytes;

    protected override long Margin => 16 * 1024;

    protected override string ViewName => BoardDataViews.UploadTooLarge;

    public static string TooLarge(long maxFile) =>
        string.Create(CultureInfo.InvariantCulture, $"The file must be smaller than {Math.Max(1, maxFile / 1024)} KB: upload the template with one row for each measure and group");

    protected override string TooLargeMessage(long maxFileBytes) => TooLarge(maxFileBytes);
}
