namespace VirtualSchool.Portal.Infrastructure.BoardData;

/// <summary>The outcome of a change to a term, and the version it left the term at.</summary>
public sealed record BoardDataSaveResult(BoardDataSaveStatus Status, int Version = 0)
{
    public bool Succeeded => Status == BoardDataSaveStatus.Saved;
}
