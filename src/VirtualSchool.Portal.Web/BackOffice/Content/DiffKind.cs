namespace VirtualSchool.Portal.Web.BackOffice.Content;

/// <summary>Whether a run of words is in both versions, only the newer (added) or only the older (removed).</summary>
public enum DiffKind
{
    Same,
    Added,
    Removed,
}
