namespace VirtualSchool.Portal.Web.BackOffice.Content;

/// <summary>A run of words (with the spaces between them) of one <see cref="DiffKind"/>.</summary>
public sealed record DiffPart(DiffKind Kind, string Text);
