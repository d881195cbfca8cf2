using System.ComponentModel.DataAnnotations;
using VirtualSchool.Portal.Core.BoardData;

namespace VirtualSchool.Portal.Infrastructure.BoardData;

/// <summary>The <c>Portal:BoardData</c> section: the Board's termly figures and when a figure is withheld.</summary>
public sealed class BoardDataOptions
{
    /// <summary>Counts from 1 to this are shown as <c>c</c> (GSS: 5).</summary>
    [Range(0, 100)]
    public int MaximumSmallCount { get; set; } = 5;

    /// <summary>Rates, percentages and averages of fewer children than this are shown as <c>c</c> (GSS: 10).</summary>
    [Range(1, 1000)]
    public int MinimumCohort { get; set; } = 10;

    /// <summary>The largest template upload accepted, in bytes.</summary>
    [Range(1_000, 50_000_000)]
    public long MaxUploadBytes { get; set; } = 2_000_000;

    /// <summary>At first boot, add three terms of made-up example figures (marked as examples everywhere).</summary>
    public bool SeedExamples { get; set; } = true;

    public SuppressionRules Rules => new(MaximumSmallCount, MinimumCohort);
}
