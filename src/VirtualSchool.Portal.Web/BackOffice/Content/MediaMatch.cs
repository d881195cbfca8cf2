namespace VirtualSchool.Portal.Web.BackOffice.Content;

/// <summary>A media file the link dialog offers, with its size ("57.61 KB") and format ("docx") as pages show them.</summary>
public sealed record MediaMatch(Guid Key, string Name, string? Url, string? Size, string? Format);
