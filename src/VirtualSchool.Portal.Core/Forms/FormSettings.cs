namespace VirtualSchool.Portal.Core.Forms;

/// <summary>A form's settings, with Umbraco Forms' names (the headless API writes them as they are).</summary>
public sealed class FormSettings
{
    public string SubmitLabel { get; set; } = "Send";

    public string NextLabel { get; set; } = "Continue";

    public string PreviousLabel { get; set; } = "Back";

    /// <summary>The confirmation page's heading and text after a submit (when <see cref="GoToPageOnSubmit"/> is empty).</summary>
    public string MessageOnSubmit { get; set; } = "Thank you. We have received your form.";

    /// <summary>A page of the site to go to after a submit, instead of the confirmation.</summary>
    public Guid? GoToPageOnSubmit { get; set; }

    /// <summary>A "Check your answers" page before the submit (GOV.UK); on by default for forms of more than one page.</summary>
    public bool CheckAnswers { get; set; } = true;

    /// <summary>
    /// Off: an entry is approved as soon as it is submitted (its approve workflows run too), as Umbraco Forms does
    /// without manual approval. On: entries wait as submitted until someone approves or rejects them.
    /// </summary>
    public bool ManualApproval { get; set; } = true;

    /// <summary>Keep the sender's IP address with the entry. Off by default: it is personal data the form rarely needs.</summary>
    public bool StoreIpAddress { get; set; }

    /// <summary>Keep entries in the database at all (Umbraco's "Store records locally"); off sends them to the workflows only.</summary>
    public bool StoreRecordsLocally { get; set; } = true;
}
