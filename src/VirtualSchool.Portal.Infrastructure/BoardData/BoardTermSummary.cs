using VirtualSchool.Portal.Core.BoardData;

namespace VirtualSchool.Portal.Infrastructure.BoardData;

/// <summary>A term as the back office lists it: status, versions, and whether its figures are made-up examples.</summary>
public sealed record BoardTermSummary(Guid Key, BoardTermId Term, BoardTermStatus Status, int LatestVersion, bool IsExample, DateTimeOffset? PublishedUtc, string? PublishedBy);
