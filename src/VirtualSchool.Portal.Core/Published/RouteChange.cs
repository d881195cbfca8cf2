namespace VirtualSchool.Portal.Core.Published;

/// <summary>A route that moved: the node's old and new published path.</summary>
public sealed record RouteChange(Guid Key, string? OldRoute, string? NewRoute);
