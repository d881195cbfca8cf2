using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Infrastructure.Feedback;
using VirtualSchool.Portal.Web.Forms.Entries;

namespace VirtualSchool.Portal.Web.BackOffice.Forms;

/// <summary>An answer on the entry's page, with the files an upload answer names.</summary>
public sealed record FormEntryAnswerView(EntryAnswer Answer, IReadOnlyList<FormEntryFile> Files);
