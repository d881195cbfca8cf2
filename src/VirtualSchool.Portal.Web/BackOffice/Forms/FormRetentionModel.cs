using VirtualSchool.Portal.Core.Forms;

namespace VirtualSchool.Portal.Web.BackOffice.Forms;

/// <summary>How long the form's entries are kept in each state, as typed (empty: the configured default).</summary>
public sealed record FormRetentionModel(FormDefinition Form, string Submitted, string Approved, string Rejected, int DefaultDays, int Version);
