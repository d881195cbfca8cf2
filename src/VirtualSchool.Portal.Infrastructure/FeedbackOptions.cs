using System.ComponentModel.DataAnnotations;

namespace VirtualSchool.Portal.Infrastructure;

public sealed class FeedbackOptions
{
    /// <summary>How long comments are kept before the purge job erases them.</summary>
    [Range(1, 3650)]
    public int RetentionDays { get; set; } = 365;

    /// <summary>Posts allowed from one address per minute.</summary>
    [Range(1, 10000)]
    public int PermitsPerMinute { get; set; } = 10;
}
