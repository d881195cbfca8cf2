namespace VirtualSchool.Portal.Infrastructure.Forms;

public enum FormSaveStatus
{
    Saved,
    Unchanged,
    NotFound,

    /// <summary>Someone else saved the form after this copy was read: nothing was saved.</summary>
    Conflict,
}
