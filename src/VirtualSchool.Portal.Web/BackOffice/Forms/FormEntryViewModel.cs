using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Infrastructure.Feedback;
using VirtualSchool.Portal.Web.Forms.Entries;

namespace VirtualSchool.Portal.Web.BackOffice.Forms;

public sealed record FormEntryViewModel(
    FormDefinition Form, FormEntry Entry, IReadOnlyList<FormEntryAnswerView> Answers, IReadOnlyList<FormEntryRunView> Runs, FormEntryRights Rights);
