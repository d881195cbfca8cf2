namespace VirtualSchool.Portal.Core.Feedback;

/// <summary>
/// One answer to "Is this page useful?". No personal data is asked for; the optional comment is free text
/// and is kept only for the retention period.
/// </summary>
public sealed class FeedbackEntry
{
    public const int MaxCommentLength = 1200;

    public long Id { get; set; }
    public Guid PageKey { get; set; }
    public string Path { get; set; } = "";
    public bool Useful { get; set; }
    public string? Comment { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? CommentedAt { get; set; }

    /// <summary>An unguessable token that lets the same reader add one comment to their answer.</summary>
    public string Token { get; set; } = "";
}
