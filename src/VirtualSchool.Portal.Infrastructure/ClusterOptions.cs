using System.ComponentModel.DataAnnotations;

namespace VirtualSchool.Portal.Infrastructure;

/// <summary>More nodes sharing one database (PostgreSQL) and one data folder.</summary>
public sealed class ClusterOptions
{
    /// <summary>How often a node reads what the others changed in their published cache and access rules.</summary>
    [Range(1, 300)]
    public int SyncIntervalSeconds { get; set; } = 2;
}
