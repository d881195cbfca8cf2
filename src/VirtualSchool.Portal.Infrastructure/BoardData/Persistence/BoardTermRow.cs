namespace VirtualSchool.Portal.Infrastructure.BoardData.Persistence;

/// <summary>A term the data officer has uploaded figures for: a draft until published, then never changed.</summary>
public sealed class BoardTermRow
{
    public int Id { get; set; }

    public Guid Key { get; set; }

    /// <summary>The term's slug (<c>2025-26-autumn</c>), unique.</summary>
    public string Slug { get; set; } = "";

    public int StartYear { get; set; }

    public int Term { get; set; }

    public int Status { get; set; }

    /// <summary>The newest version's number (the one the Board sees once published).</summary>
    public int LatestVersion { get; set; }

    public bool IsExample { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? PublishedAt { get; set; }

    public string? PublishedBy { get; set; }
}
