using System.ComponentModel.DataAnnotations;
using VirtualSchool.Portal.Core.Media;

namespace VirtualSchool.Portal.Infrastructure;

public sealed class MediaOptions
{
    /// <summary>The largest file an editor may upload, in bytes (default 20 MB, at most 1 GB).</summary>
    [Range(typeof(long), "1", "1073741824")]
    public long MaxUploadBytes { get; set; } = UploadRules.DefaultMaxBytes;
}
