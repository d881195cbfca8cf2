using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Web.Forms.Entries;
using VirtualSchool.Portal.Web.Forms.FieldTypes;
using VirtualSchool.Portal.Web.Forms.Workflows;

namespace VirtualSchool.Portal.Web.BackOffice.Forms;

/// <summary>A form's overview: its design, settings, workflows, retention and permissions, each with a link to change it.</summary>
public sealed record FormOverviewModel(
    FormDefinition Form,
    FormFieldTypeCollection FieldTypes,
    FormWorkflowTypeCollection WorkflowTypes,
    int DefaultRetentionDays,
    bool CanManage,
    string? GoToPageName)
{
    public string TypeName(FormField field) => FieldTypes.Find(field.FieldTypeId)?.Name ?? "Unknown type";

    /// <summary>How long entries are kept per state, as the retention job applies it (one rule: <see cref="FormRetentionPeriods"/>).</summary>
    public IReadOnlyList<FormRetentionPeriod> RetentionPeriods => FormRetentionPeriods.For(Form, DefaultRetentionDays);
}
