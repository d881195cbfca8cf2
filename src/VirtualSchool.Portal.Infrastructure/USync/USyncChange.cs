namespace VirtualSchool.Portal.Infrastructure.USync;

/// <summary>What happened to one uSync item in an import.</summary>
public enum USyncChange
{
    Created,
    Updated,
    Unchanged,
    Deleted,
    /// <summary>Read but not a kind the portal keeps (templates, languages, relation types).</summary>
    Ignored,
    Failed,
}
