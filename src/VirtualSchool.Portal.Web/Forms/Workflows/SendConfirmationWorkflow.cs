using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Web.Forms.Entries;

namespace VirtualSchool.Portal.Web.Forms.Workflows;

/// <summary>
/// Ours: a confirmation to the person who filled the form in, at the address they typed into <c>EmailField</c>, with
/// their answers but never those of sensitive fields (an email can be read by others). Nothing is sent, and nothing is
/// retried, when they gave no address.
/// </summary>
public sealed class SendConfirmationWorkflow(WorkflowEmails emails, ILogger<SendConfirmationWorkflow> logger) : FormWorkflowType
{
    public const string Template = "form-confirmation";

    public override Guid Id => WorkflowTypeIds.SendConfirmation;

    public override string Alias => "sendConfirmation";

    public override string Name => "Send a confirmation";

    public override string Description => "Emails the person a copy of their answers (without sensitive ones) at the address they gave.";

    public override IReadOnlyList<FormSetting> Settings { get; } =
    [
        new("EmailField", "Send to the address typed into", "The field of the form where people give their email address", FormSettingKind.Field),
        new("Subject", "Subject", "For example, We have received your request", FormSettingKind.Text),
        new("Message", "Message", "Text before their answers", FormSettingKind.TextArea),
    ];

    public override IReadOnlyList<string> Check(FormWorkflow workflow, FormDefinition form) =>
        workflow.Setting("EmailField") is { } field && WorkflowChecks.FieldExists(form, field)
            ? []
            : ["Choose the field of this form where people give their email address"];

    public override async Task<WorkflowResult> ExecuteAsync(WorkflowContext context, CancellationToken cancellationToken)
    {
        if (WorkflowEmails.AddressFromField(context) is not { } to)
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation("Form {Form} entry {Entry}: no address given, so no confirmation sent", context.Form.Key, context.Entry.Key);
            }

            return WorkflowResult.Success;
        }

        await emails.QueueAsync(context, Template, [to], $"We have received your form: {context.Form.Name}", SensitiveAnswers.Omit, cancellationToken);
        return WorkflowResult.Success;
    }
}
