using VirtualSchool.Portal.Core.Email;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Web.Forms.Entries;

namespace VirtualSchool.Portal.Web.Forms.Workflows;

/// <summary>
/// Umbraco Forms' "Send email": the entry's answers to fixed addresses (<c>Email</c>) and/or the address typed into a
/// field (<c>EmailField</c>), through the outbox. Sensitive answers only when the workflow includes sensitive data.
/// </summary>
public sealed class SendEmailWorkflow(WorkflowEmails emails) : FormWorkflowType
{
    public const string Template = "form-entry";

    public override Guid Id => WorkflowTypeIds.SendEmail;

    public override string Alias => "sendEmail";

    public override string Name => "Send email";

    public override string Description => "Sends the answers to the addresses you give, or to an address typed into the form.";

    public override IReadOnlyList<FormSetting> Settings { get; } =
    [
        new("Email", "Send to", "Email addresses, separated by commas", FormSettingKind.Emails),
        new("EmailField", "Or send to the address typed into", "A field of the form where people give an email address", FormSettingKind.Field),
        new("Subject", "Subject", "For example, New request for advice", FormSettingKind.Text),
        new("Message", "Message", "Text before the answers", FormSettingKind.TextArea),
    ];

    public override IReadOnlyList<string> Check(FormWorkflow workflow, FormDefinition form)
    {
        var problems = new List<string>();
        var fixedAddresses = workflow.Setting("Email");
        var field = workflow.Setting("EmailField");
        if (fixedAddresses is null && field is null)
        {
            problems.Add("Enter an email address to send to, or choose the field with the address");
        }

        foreach (var address in (fixedAddresses ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (DeliverableAddress.Problem(address) is not null)
            {
                problems.Add($"Enter an email address in the correct format, like name@example.com, instead of \"{address}\"");
            }
        }

        if (field is not null && !WorkflowChecks.FieldExists(form, field))
        {
            problems.Add("Choose a field of this form for the email address");
        }

        return problems;
    }

    public override async Task<WorkflowResult> ExecuteAsync(WorkflowContext context, CancellationToken cancellationToken)
    {
        var to = WorkflowEmails.Addresses(context.Workflow.Setting("Email")).ToList();
        if (WorkflowEmails.AddressFromField(context) is { } typed)
        {
            to.Add(typed);
        }

        if (to.Count == 0)
        {
            return WorkflowResult.Failure("There is no address to send the email to: none is set, and the entry has none in the chosen field.");
        }

        var sensitive = context.Workflow.IncludeSensitiveData ? SensitiveAnswers.Show : SensitiveAnswers.Omit;
        await emails.QueueAsync(context, Template, to, $"{context.Form.Name}: a new entry", sensitive, cancellationToken);
        return WorkflowResult.Success;
    }
}
