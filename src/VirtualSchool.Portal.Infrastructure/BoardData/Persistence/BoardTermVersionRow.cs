namespace VirtualSchool.Portal.Infrastructure.BoardData.Persistence;

/// <summary>One upload of a term's figures (raw, as validated), with the commentary written for it.</summary>
public sealed class BoardTermVersionRow
{
    public long Id { get; set; }

    public Guid TermKey { get; set; }

    public int Version { get; set; }

    /// <summary>The figures as JSON (<see cref="BoardFiguresJson"/>).</summary>
    public string Figures { get; set; } = "[]";

    public string? Commentary { get; set; }

    public string? FileName { get; set; }

    public DateTime SavedAt { get; set; }

    public string? SavedBy { get; set; }
}
