using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Infrastructure.Feedback;
using VirtualSchool.Portal.Web.Forms.Entries;

namespace VirtualSchool.Portal.Web.BackOffice.Forms;

/// <summary>One row of the entries table: the entry and the first answers, described and masked as the reader may see them.</summary>
public sealed record FormEntryRow(FormEntry Entry, IReadOnlyList<EntryAnswer> Answers);

/// <summary>What the user may do with the form's entries besides seeing them.</summary>
public sealed record FormEntryRights(bool Export, bool Delete, bool Sensitive);

public sealed record FormEntriesViewModel(
    FormDefinition Form, FormEntriesFilter Filter, Paged<FormEntryRow> Entries, IReadOnlyList<string> Columns, FormEntryRights Rights, FormErrors Errors);

/// <summary>An answer on the entry's page, with the files an upload answer names.</summary>
public sealed record FormEntryAnswerView(EntryAnswer Answer, IReadOnlyList<FormEntryFile> Files);

/// <summary>A workflow's run for the entry, with the workflow's name.</summary>
public sealed record FormEntryRunView(FormWorkflowRun Run, string Workflow);

public sealed record FormEntryViewModel(
    FormDefinition Form, FormEntry Entry, IReadOnlyList<FormEntryAnswerView> Answers, IReadOnlyList<FormEntryRunView> Runs, FormEntryRights Rights);

/// <summary>The "are you sure" page before entries are deleted.</summary>
public sealed record FormEntriesConfirmModel(FormDefinition Form, IReadOnlyList<Guid> Entries, FormEntriesFilter Filter);

/// <summary>A failed workflow run on the administrators' list, with its form's and workflow's names.</summary>
public sealed record WorkflowFailureRow(FormWorkflowRun Run, string Form, string Workflow, Guid? EntryKey);

public sealed record WorkflowFailuresViewModel(Paged<WorkflowFailureRow> Failures);
