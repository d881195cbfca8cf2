using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Web.Forms.Workflows;

namespace VirtualSchool.Portal.Web.BackOffice.Forms;

/// <summary>A workflow's screen: its name, stage, order, whether it runs and sends sensitive answers, and its type's settings.</summary>
public sealed record FormWorkflowModel(FormDefinition Form, FormWorkflow Workflow, FormWorkflowType Type, bool IsNew, int Version, SettingEditors Settings)
{
    public string Action => IsNew
        ? $"/umbraco/forms/{Form.Key}/workflows/new?stage={Workflow.ExecutesOn}&type={Type.Id}"
        : $"/umbraco/forms/{Form.Key}/workflows/{Workflow.Key}";

    public static string StageName(FormEntryState stage) => stage switch
    {
        FormEntryState.Approved => "On approve",
        FormEntryState.Rejected => "On reject",
        _ => "On submit",
    };
}
