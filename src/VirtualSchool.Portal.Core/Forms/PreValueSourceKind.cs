namespace VirtualSchool.Portal.Core.Forms;

/// <summary>Where a choice field's values come from, as Umbraco Forms' prevalue sources.</summary>
public enum PreValueSourceKind
{
    /// <summary>The values typed in on the field (<see cref="FormField.PreValues"/>).</summary>
    None = 0,

    /// <summary>A data type's values (Umbraco's "Umbraco Datatype Prevalues"): a dropdown, radio or checkbox list data type.</summary>
    DataType = 1,

    /// <summary>Published pages of a document type (Umbraco's "Umbraco Documents"): the page's key is the value, its name the caption.</summary>
    DocumentType = 2,
}
