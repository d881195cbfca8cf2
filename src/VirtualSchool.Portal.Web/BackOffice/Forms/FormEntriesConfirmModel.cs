using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Infrastructure.Feedback;
using VirtualSchool.Portal.Web.Forms.Entries;

namespace VirtualSchool.Portal.Web.BackOffice.Forms;

/// <summary>The "are you sure" page before entries are deleted.</summary>
public sealed record FormEntriesConfirmModel(FormDefinition Form, IReadOnlyList<Guid> Entries, FormEntriesFilter Filter);
