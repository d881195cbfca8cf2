using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Web.Forms;
using VirtualSchool.Portal.Web.Forms.Workflows;

namespace VirtualSchool.Portal.Web.Tests.Forms.Builder;

/// <summary>A workflow type for the builder's tests (the real ones are registered by the workflows' own setup): one setting of each kind the builder draws.</summary>
public sealed class TestWorkflowType : FormWorkflowType
{
    public static readonly Guid TypeId = new("0c7a1c9e-6a43-4f1e-b0c4-5e2d6a9f7b11");

    public override Guid Id => TypeId;

    public override string Alias => "builderTest";

    public override string Name => "Tell the team (test)";

    public override string Description => "Only in the builder's tests.";

    public override IReadOnlyList<FormSetting> Settings { get; } =
    [
        new("Email", "Send to", "Addresses, comma-separated", FormSettingKind.Emails),
        new("EmailField", "Or to the address in", "", FormSettingKind.Field),
        new("Subject", "Subject", "", FormSettingKind.Text),
        new("Url", "Post to", "", FormSettingKind.Url),
        new("Attach", "Attach the uploads", "", FormSettingKind.Checkbox),
        new("Fields", "Field mapping", "", FormSettingKind.FieldMapping),
    ];

    public override IReadOnlyList<string> Check(FormWorkflow workflow, FormDefinition form) =>
        workflow.Setting("Email") is null && workflow.Setting("EmailField") is null ? ["Enter the addresses to send to, or choose the question that holds one"] : [];

    public override Task<WorkflowResult> ExecuteAsync(WorkflowContext context, CancellationToken cancellationToken) =>
        Task.FromResult(WorkflowResult.Success);
}
