namespace VirtualSchool.Portal.Web.BackOffice.Content;

/// <summary>A published page the link dialog offers: its key (for <c>{localLink:key}</c>), name, route and parent's name.</summary>
public sealed record PageMatch(Guid Key, string Name, string? Path, string? Parent);
