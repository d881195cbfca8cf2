using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Infrastructure.Feedback;
using VirtualSchool.Portal.Web.Forms.Entries;

namespace VirtualSchool.Portal.Web.BackOffice.Forms;

/// <summary>What the user may do with the form's entries besides seeing them.</summary>
public sealed record FormEntryRights(bool Export, bool Delete, bool Sensitive);
