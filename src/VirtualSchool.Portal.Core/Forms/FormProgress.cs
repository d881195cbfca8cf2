namespace VirtualSchool.Portal.Core.Forms;

/// <summary>
/// A person's answers part-way through a form, kept without an account: found by the hash of a random value in a
/// cookie, for <c>Portal:Forms:ProgressHours</c> after the last step, then erased (with any uploads) by a job.
/// </summary>
public sealed class FormProgress
{
    public long Id { get; set; }

    /// <summary>SHA-256 (hex) of the cookie's value; the value itself is never stored.</summary>
    public string TokenHash { get; set; } = "";

    public Guid FormKey { get; set; }

    public int FormVersion { get; set; }

    public Guid? PageKey { get; set; }

    public Dictionary<Guid, List<string>> Values { get; set; } = [];

    /// <summary>When the form was first shown to this person: the submission-time check counts from here.</summary>
    public DateTime StartedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }
}
