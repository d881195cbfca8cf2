using VirtualSchool.Portal.Core.BoardData;
using VirtualSchool.Portal.Infrastructure.BoardData;

namespace VirtualSchool.Portal.Web.BackOffice.BoardData;

/// <summary>A term's page (or one of its versions): what is stored, its raw figures and commentary, and what may be done next.</summary>
public sealed record BoardTermPage(BoardTermSummary Summary, BoardTermFigures Figures, BoardTermVersion? Version, string? Commentary)
{
    public bool IsDraft => Summary.Status == BoardTermStatus.Draft;

    /// <summary>True when this is the term's newest version (the one a publish would publish).</summary>
    public bool IsLatest => Figures.Version == Summary.LatestVersion;
}
