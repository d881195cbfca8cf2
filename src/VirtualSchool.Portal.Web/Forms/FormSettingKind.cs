namespace VirtualSchool.Portal.Web.Forms;

/// <summary>The control the form builder draws for a field type's or workflow type's setting.</summary>
public enum FormSettingKind
{
    Text,
    TextArea,
    Number,
    Checkbox,

    /// <summary>One of <see cref="FormSetting.Options"/>.</summary>
    Choice,

    /// <summary>HTML, sanitised as the site's rich text is.</summary>
    RichText,

    /// <summary>File extensions, comma-separated (a file upload's allowed types, from the media library's list).</summary>
    FileTypes,

    /// <summary>Email addresses, comma-separated.</summary>
    Emails,

    /// <summary>An absolute https address.</summary>
    Url,

    /// <summary>A field of the form (by key): an email address from a field.</summary>
    Field,

    /// <summary>A document type (by alias).</summary>
    DocumentType,

    /// <summary>A page of the site (by key).</summary>
    Content,

    /// <summary>Property aliases of a document type mapped to fields of the form (JSON object: alias to field key).</summary>
    FieldMapping,
}
