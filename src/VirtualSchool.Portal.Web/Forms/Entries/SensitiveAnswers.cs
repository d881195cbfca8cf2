namespace VirtualSchool.Portal.Web.Forms.Entries;

/// <summary>What to do with the answers of fields marked sensitive.</summary>
public enum SensitiveAnswers
{
    /// <summary>Show them (a user with the form's ViewSensitive right; a workflow that includes sensitive data).</summary>
    Show,

    /// <summary>Say they are hidden (entry lists, detail and exports for users without the right).</summary>
    Mask,

    /// <summary>Leave them out altogether (emails and posts that do not include sensitive data, confirmations).</summary>
    Omit,
}
