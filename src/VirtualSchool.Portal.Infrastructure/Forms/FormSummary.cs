namespace VirtualSchool.Portal.Infrastructure.Forms;

/// <summary>A form in the back office's list.</summary>
public sealed record FormSummary(Guid Key, string Name, Guid? FolderKey, int Version, DateTime UpdatedAt, string? UpdatedBy);
