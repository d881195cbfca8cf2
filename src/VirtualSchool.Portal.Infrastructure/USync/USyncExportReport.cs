namespace VirtualSchool.Portal.Infrastructure.USync;

/// <summary>
/// One item an export wrote (or could not write). <see cref="ItemType"/> uses the import's names ("DataType",
/// "ContentType", "MediaType", "MemberType", "Media", "Content", "Domain"), so the two reports read alike.
/// </summary>
/// <param name="File">The file's path relative to the version folder, such as <c>Content/about.config</c>.</param>
/// <param name="Note">Something an editor should know about what was exported, such as an unpublished draft.</param>
/// <param name="Failed">The item could not be written; the export was abandoned and the folder left as it was.</param>
public sealed record USyncExportItem(string File, string ItemType, Guid Key, string Name, string? Note = null, bool Failed = false);

/// <summary>What an export wrote: every item, the media files copied, and how long it took.</summary>
/// <param name="Folder">The version folder written (<c>&lt;folder&gt;/v17</c>).</param>
public sealed record USyncExportReport(string Folder, IReadOnlyList<USyncExportItem> Items, int MediaFiles, TimeSpan Duration)
{
    /// <summary>True when every item was written and the new folder replaced the old one.</summary>
    public bool Succeeded => !Items.Any(i => i.Failed);

    public IEnumerable<USyncExportItem> Failures => Items.Where(i => i.Failed);

    public IEnumerable<USyncExportItem> Notes => Items.Where(i => i.Note is not null);

    /// <summary>How many items of each type were exported.</summary>
    public IReadOnlyDictionary<string, int> Counts =>
        Items.Where(i => !i.Failed).GroupBy(i => i.ItemType).ToDictionary(g => g.Key, g => g.Count());

    public int Count(string itemType) => Items.Count(i => !i.Failed && i.ItemType == itemType);

    public override string ToString() =>
        Succeeded
            ? string.Join(", ", Counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Value} {c.Key}")) + $", {MediaFiles} media files"
            : $"not exported: {Failures.Count()} items could not be written";
}
