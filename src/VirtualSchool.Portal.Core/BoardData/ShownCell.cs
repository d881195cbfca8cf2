namespace VirtualSchool.Portal.Core.BoardData;

/// <summary>A figure as a Board member may see it: its value, or nothing and the reason it is withheld.</summary>
public readonly record struct ShownCell(decimal? Value, SuppressionReason Reason)
{
    /// <summary>The GSS symbol for a suppressed cell.</summary>
    public const string SuppressedSymbol = "c";

    public bool IsSuppressed => Reason != SuppressionReason.None;

    public static ShownCell Shown(decimal? value) => new(value, SuppressionReason.None);

    public static ShownCell Suppressed(SuppressionReason reason) => new(null, reason);
}
