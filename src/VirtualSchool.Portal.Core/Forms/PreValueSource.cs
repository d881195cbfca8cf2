namespace VirtualSchool.Portal.Core.Forms;

/// <summary>A choice field's values from elsewhere in the site, read when the form is shown (so they follow the site).</summary>
public sealed class PreValueSource
{
    public PreValueSourceKind Kind { get; set; }

    /// <summary>For <see cref="PreValueSourceKind.DataType"/>: the data type's key.</summary>
    public Guid? DataTypeKey { get; set; }

    /// <summary>For <see cref="PreValueSourceKind.DocumentType"/>: the document type's alias.</summary>
    public string? DocumentTypeAlias { get; set; }

    /// <summary>For <see cref="PreValueSourceKind.DocumentType"/>: only pages under this one (any page when empty).</summary>
    public Guid? RootKey { get; set; }
}
