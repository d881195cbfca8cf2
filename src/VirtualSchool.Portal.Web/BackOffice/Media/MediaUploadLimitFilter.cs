using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Core.Media;
using VirtualSchool.Portal.Infrastructure;

namespace VirtualSchool.Portal.Web.BackOffice.Media;

/// <summary>The media library's upload cap (<c>Portal:Media:MaxUploadBytes</c>).</summary>
public sealed class MediaUploadLimitFilter(IOptions<PortalOptions> options, IModelMetadataProvider metadata) : UploadLimitFilter(metadata)
{
    protected override long MaxFileBytes => options.Value.Media.MaxUploadBytes;

    protected override long Margin => 64 * 1024;

    protected override string ViewName => "UploadTooLarge";

    protected override string TooLargeMessage(long maxFileBytes) => UploadRules.CheckSize(long.MaxValue, maxFileBytes).Message;
}
