namespace VirtualSchool.Portal.Web.Feedback;

/// <summary>The form "Is this page useful?" posts. Every field is optional to the binder and checked here.</summary>
public sealed class FeedbackForm
{
    public string? PageKey { get; set; }
    public string? Useful { get; set; }
    public string? Token { get; set; }
    public string? Comment { get; set; }

    /// <summary>The honeypot: hidden from people, filled in by bots.</summary>
    public string? Website { get; set; }
}
