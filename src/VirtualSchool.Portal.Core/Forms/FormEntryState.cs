namespace VirtualSchool.Portal.Core.Forms;

/// <summary>An entry's state (Umbraco Forms' record states), and the moment a workflow runs.</summary>
public enum FormEntryState
{
    Submitted = 1,
    Approved = 2,
    Rejected = 3,
}
