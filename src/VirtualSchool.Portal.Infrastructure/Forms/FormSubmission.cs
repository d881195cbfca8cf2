using VirtualSchool.Portal.Core.Forms;

namespace VirtualSchool.Portal.Infrastructure.Forms;

/// <summary>
/// What a person sent: the answers of the shown fields only (by field key, with upload answers being the keys of the
/// files uploaded during the journey), the page the form was on, the sender's address (kept only when the form asks)
/// and the journey whose files become the entry's.
/// </summary>
public sealed record FormSubmission(
    FormDefinition Form,
    Dictionary<Guid, List<string>> Values,
    Guid? PageKey,
    string? IpAddress,
    long? ProgressId);
