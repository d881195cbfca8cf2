using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace VirtualSchool.Portal.Infrastructure.Forms;

/// <summary>The <c>Portal:Forms</c> section: the forms editors build and the public fills in.</summary>
public sealed class FormsOptions
{
    /// <summary>Days an entry is kept in any state when its form does not say (the privacy notice quotes the figures).</summary>
    [Range(1, 3650)]
    public int RetentionDays { get; set; } = 365;

    /// <summary>How long a person's answers part-way through a form are kept for them to come back to, after their last step.</summary>
    [Range(0.1, 24 * 90)]
    public double ProgressHours { get; set; } = 72;

    /// <summary>A form sent sooner than this after it was shown is taken for a bot: thanked, and nothing kept.</summary>
    [Range(0, 600)]
    public double MinimumSecondsToSubmit { get; set; } = 3;

    /// <summary>Form posts (steps and submits) allowed per address per minute.</summary>
    [Range(1, 10_000)]
    public int PermitsPerMinute { get; set; } = 30;

    /// <summary>
    /// The key that signs "post to a URL" workflows' requests (HMAC-SHA256, header <c>X-Portal-Signature</c>): base64 of at
    /// least 32 bytes, the same on every node and given to the receiver. Without it, those workflows fail and say why.
    /// </summary>
    [Base64Key(32)]
    public string? WebhookSigningKey { get; set; }

    /// <summary>
    /// Let "post to a URL" workflows use plain http to this machine (a receiver on loopback, as the tests run one); https is
    /// required otherwise, and always outside Development unless this is set.
    /// </summary>
    public bool AllowLoopbackHttp { get; set; }

    /// <summary>The workflow queue's back-off: the first wait after a failure, the longest wait, the attempts before giving up.</summary>
    [Range(1, 86_400)]
    public int RetryBaseSeconds { get; set; } = 30;

    [Range(1, 7 * 86_400)]
    public int RetryMaxSeconds { get; set; } = 3600;

    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 10;

    /// <summary>Umbraco Forms' headless API (<c>/umbraco/forms/api/v1</c>).</summary>
    [ValidateObjectMembers]
    public FormsApiOptions Api { get; set; } = new();
}
