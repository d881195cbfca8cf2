using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Infrastructure.Feedback;
using VirtualSchool.Portal.Web.Forms.Entries;

namespace VirtualSchool.Portal.Web.BackOffice.Forms;

/// <summary>One row of the entries table: the entry and the first answers, described and masked as the reader may see them.</summary>
public sealed record FormEntryRow(FormEntry Entry, IReadOnlyList<EntryAnswer> Answers);
