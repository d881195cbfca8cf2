using VirtualSchool.Portal.Core.Content;

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

/// <summary>The outcome for one file: what it was, what happened, and why when it failed.</summary>
public sealed record USyncItemResult(string File, string ItemType, Guid? Key, string? Alias, USyncChange Change, string? Reason = null);

/// <summary>Everything an import did, item by item.</summary>
public sealed record USyncReport(string Folder, IReadOnlyList<USyncItemResult> Items, TimeSpan Duration)
{
    public int Count(USyncChange change) => Items.Count(i => i.Change == change);

    public IEnumerable<USyncItemResult> Failures => Items.Where(i => i.Change == USyncChange.Failed);

    public override string ToString() =>
        $"{Count(USyncChange.Created)} created, {Count(USyncChange.Updated)} updated, {Count(USyncChange.Unchanged)} unchanged, " +
        $"{Count(USyncChange.Deleted)} deleted, {Count(USyncChange.Ignored)} ignored, {Count(USyncChange.Failed)} failed";
}

/// <summary>A parsed uSync file, before it touches the database.</summary>
public abstract record USyncItem(string File, Guid Key, string Alias)
{
    public abstract string ItemType { get; }
}

public sealed record USyncDataType(string File, Guid Key, string Alias, DataType DataType) : USyncItem(File, Key, Alias)
{
    public override string ItemType => "DataType";
}

public sealed record USyncContentType(string File, Guid Key, string Alias, ContentType ContentType) : USyncItem(File, Key, Alias)
{
    public override string ItemType => ContentType.Kind switch
    {
        ContentTypeKind.Media => "MediaType",
        ContentTypeKind.Member => "MemberType",
        _ => "ContentType",
    };
}

/// <summary>A content or media node: its place in the tree, state and raw property values.</summary>
public sealed record USyncNode(
    string File,
    Guid Key,
    string Alias,
    bool IsMedia,
    string Name,
    Guid? ParentKey,
    int Level,
    int SortOrder,
    string ContentTypeAlias,
    DateTime CreateDate,
    bool Published,
    bool Trashed,
    string? TemplateAlias,
    IReadOnlyDictionary<string, string?> Properties) : USyncItem(File, Key, Alias)
{
    public override string ItemType => IsMedia ? "Media" : "Content";

    /// <summary>When the page was last published where the file was written (the optional <c>Info/UpdateDate</c>).</summary>
    public DateTime? UpdateDate { get; init; }
}

public sealed record USyncDomain(string File, Guid Key, string Alias, Domain Domain) : USyncItem(File, Key, Alias)
{
    public override string ItemType => "Domain";
}

/// <summary>uSync's "Empty" file: a marker that an item was deleted or renamed on the source site.</summary>
public sealed record USyncEmpty(string File, Guid Key, string Alias, string Change, string Folder) : USyncItem(File, Key, Alias)
{
    public override string ItemType => "Empty";
}

/// <summary>A kind of item the portal reads but does not keep.</summary>
public sealed record USyncIgnored(string File, Guid Key, string Alias, string Kind, string Reason) : USyncItem(File, Key, Alias)
{
    public override string ItemType => Kind;
}
