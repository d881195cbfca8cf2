namespace VirtualSchool.Portal.Infrastructure.Feedback;

/// <summary>One page's answers: how many said yes and no, and how many left a comment.</summary>
public sealed record FeedbackPageCounts(Guid PageKey, string Path, int Yes, int No, int Comments)
{
    public int Total => Yes + No;

    /// <summary>The share of answers that said the page was useful, as a whole percentage (null with no answers).</summary>
    public int? PercentUseful => Total == 0 ? null : (int)Math.Round(Yes * 100m / Total, MidpointRounding.AwayFromZero);
}
