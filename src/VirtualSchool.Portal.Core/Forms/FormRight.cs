namespace VirtualSchool.Portal.Core.Forms;

/// <summary>What a role may do with one form (Umbraco Forms' per-form security).</summary>
public enum FormRight
{
    /// <summary>Change the form's design, settings and workflows.</summary>
    Edit = 0,

    /// <summary>See its entries and their uploads, approve and reject them.</summary>
    ViewEntries = 1,

    /// <summary>Download its entries as CSV or Excel.</summary>
    Export = 2,

    /// <summary>Delete its entries.</summary>
    DeleteEntries = 3,

    /// <summary>See the answers of fields marked sensitive (masked for everyone else).</summary>
    ViewSensitive = 4,
}
