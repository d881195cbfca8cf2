namespace VirtualSchool.Portal.Infrastructure.USync;

/// <summary>The outcome for one file: what it was, what happened, and why when it failed.</summary>
public sealed record USyncItemResult(string File, string ItemType, Guid? Key, string? Alias, USyncChange Change, string? Reason = null);
