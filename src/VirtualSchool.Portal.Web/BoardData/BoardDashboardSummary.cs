using VirtualSchool.Portal.Core.BoardData;

namespace VirtualSchool.Portal.Web.BoardData;

/// <summary>The "what changed since last term" sentences, from two suppressed terms only (engineer D's BoardTermChanges).</summary>
public static class BoardDashboardSummary
{
    public static IReadOnlyList<string> Sentences(SuppressedTerm previous, SuppressedTerm current) => [];
}
