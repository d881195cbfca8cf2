namespace VirtualSchool.Portal.Core.BoardData.Suppression;

/// <summary>One of a row's two additive quantities (see <see cref="SuppressionRow"/>), as secondary suppression sees it.</summary>
internal sealed class SuppressionQuantity
{
    public static readonly SuppressionQuantity Numerator = new(
        row => row.NumeratorHidden,
        row => row.ValueReason != SuppressionReason.None || row.CountReason != SuppressionReason.None || row.CohortReason != SuppressionReason.None,
        row => row.Numerator ?? 0m,
        row => row.HideNumerator(SuppressionReason.Secondary));

    public static readonly SuppressionQuantity Cohort = new(
        row => row.CohortHidden,
        row => row.CohortReason != SuppressionReason.None,
        row => row.Cohort ?? 0,
        row => row.HideCohort(SuppressionReason.Secondary));

    private readonly Func<SuppressionRow, bool> isHidden;
    private readonly Func<SuppressionRow, bool> isWithheld;
    private readonly Func<SuppressionRow, decimal> valueOf;
    private readonly Func<SuppressionRow, bool> hide;

    private SuppressionQuantity(Func<SuppressionRow, bool> isHidden, Func<SuppressionRow, bool> isWithheld, Func<SuppressionRow, decimal> valueOf, Func<SuppressionRow, bool> hide)
    {
        this.isHidden = isHidden;
        this.isWithheld = isWithheld;
        this.valueOf = valueOf;
        this.hide = hide;
    }

    /// <summary>A reader does not know it (withheld, missing, or behind a withheld cell).</summary>
    public bool IsHidden(SuppressionRow row) => isHidden(row);

    /// <summary>Unknown because something in the row was withheld (not merely missing from the upload).</summary>
    public bool IsWithheld(SuppressionRow row) => isHidden(row) && isWithheld(row);

    /// <summary>Shown, so withholding it protects the lone withheld cell (a numerator pinned at zero by its shown cohort cannot be hidden).</summary>
    public bool CanHide(SuppressionRow row) => !isHidden(row) && (this != Numerator || !row.NumeratorPinnedAtZero);

    public decimal ValueOf(SuppressionRow row) => valueOf(row);

    /// <summary>Withholds it (reason: secondary); false when it already was.</summary>
    public bool Hide(SuppressionRow row) => hide(row);
}
