namespace VirtualSchool.Portal.Infrastructure.BoardData;

/// <summary>How a change to a term went.</summary>
public enum BoardDataSaveStatus
{
    Saved,

    /// <summary>No such term (nothing has been uploaded for it).</summary>
    NotFound,

    /// <summary>The term is published: its figures and commentary never change again.</summary>
    AlreadyPublished,

    /// <summary>Someone else uploaded a newer version meanwhile: look again before publishing.</summary>
    Changed,
}
