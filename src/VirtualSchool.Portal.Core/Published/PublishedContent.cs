using VirtualSchool.Portal.Core.Content;

namespace VirtualSchool.Portal.Core.Published;

/// <summary>
/// An immutable snapshot of a published node as readers see it. Instances are replaced, never changed,
/// so a request that holds one sees a consistent page even while an editor publishes.
/// </summary>
public sealed record PublishedContent
{
    public required int Id { get; init; }
    public required Guid Key { get; init; }
    public Guid? ParentKey { get; init; }
    public required int Level { get; init; }
    public required int SortOrder { get; init; }
    public required string Name { get; init; }
    public required string UrlSegment { get; init; }
    public required ContentType ContentType { get; init; }
    public string? TemplateAlias { get; init; }
    public required DateTime CreateDate { get; init; }
    public required DateTime UpdateDate { get; init; }
    public DateTime? PublishDate { get; init; }
    public required IReadOnlyDictionary<string, string?> Properties { get; init; }

    /// <summary>The path the node answers at, such as <c>/about/management-board</c>; null when it has no route.</summary>
    public string? Route { get; init; }

    public string ContentTypeAlias => ContentType.Alias;

    /// <summary>The raw value of a property, or null when it is missing or empty.</summary>
    public string? Value(string alias) =>
        Properties.TryGetValue(alias, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    public bool HasValue(string alias) => Value(alias) is not null;

    /// <summary>True for the usual Umbraco true/false encodings ("1", "true").</summary>
    public bool IsTrue(string alias) => Value(alias) is "1" or "true" or "True" or "TRUE";
}
