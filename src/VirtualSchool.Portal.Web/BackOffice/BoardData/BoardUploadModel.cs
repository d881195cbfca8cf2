namespace VirtualSchool.Portal.Web.BackOffice.BoardData;

/// <summary>The upload form: the terms to choose from and the one chosen.</summary>
public sealed record BoardUploadModel(IReadOnlyList<BoardTermOption> Terms, string? Selected);
