namespace VirtualSchool.Portal.Web.BackOffice.BoardData;

/// <summary>A term the upload form offers, with what is stored for it so far ("draft, version 2", "published").</summary>
public sealed record BoardTermOption(string Slug, string Name, string? Stored);
