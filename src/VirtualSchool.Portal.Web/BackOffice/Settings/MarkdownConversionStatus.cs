namespace VirtualSchool.Portal.Web.BackOffice.Settings;

/// <summary>How asking to preview or convert a Markdown property ended.</summary>
public enum MarkdownConversionStatus
{
    Success = 0,
    /// <summary>No such document type, or it has no such property.</summary>
    PropertyNotFound,
    /// <summary>The property is not on a Markdown data type (for instance it was converted already).</summary>
    NotMarkdown,
    /// <summary>The data type chosen does not exist or is not a rich-text data type.</summary>
    NotRichText,
    /// <summary>The pages changed since the preview was shown: nothing was converted.</summary>
    ChangedSincePreview,
}
