namespace VirtualSchool.Portal.Core.Forms;

/// <summary>
/// Workflow type ids: Umbraco Forms' own where it has the type (so its forms import unchanged), ours where it does not.
/// What each does is one class in the web project's <c>Forms/Workflows/</c>.
/// </summary>
public static class WorkflowTypeIds
{
    /// <summary>Umbraco Forms' "Send email": the answers to fixed addresses or to an address from a field.</summary>
    public static readonly Guid SendEmail = new("e96badd7-05be-4978-b8d9-b3d733de70a5");

    /// <summary>Ours: a confirmation, without the answers of sensitive fields, to the address the person gave.</summary>
    public static readonly Guid SendConfirmation = new("5b0c6f41-8f1e-4c8e-9a53-2f4d7e6b1c01");

    /// <summary>Umbraco Forms' "Send form to URL": the answers as JSON, signed with HMAC-SHA256, retried with back-off.</summary>
    public static readonly Guid PostToUrl = new("fd02c929-4e7d-4f90-b9fa-13d074a76688");

    /// <summary>Umbraco Forms' "Save as Umbraco content node": a draft page of a document type, fields mapped to properties.</summary>
    public static readonly Guid SaveAsContent = new("89fb1e31-9f36-4e08-9d1b-af1180d340db");
}
