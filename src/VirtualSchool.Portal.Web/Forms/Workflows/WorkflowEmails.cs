using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core;
using VirtualSchool.Portal.Core.Email;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Infrastructure.Email;
using VirtualSchool.Portal.Infrastructure.Persistence;
using VirtualSchool.Portal.Web.Forms.Entries;

namespace VirtualSchool.Portal.Web.Forms.Workflows;

/// <summary>
/// The email workflows' shared part: an entry's answers written into a template (<c>form-entry</c>, <c>form-confirmation</c>)
/// and put in the outbox, one message per address, all in one transaction. The answers go in the text body as lines and
/// in the HTML body as a table (each answer encoded), where the template has <c>&lt;!--answers--&gt;</c>.
/// </summary>
public sealed class WorkflowEmails(PortalMail mail, EmailOutbox outbox, EntryAnswers answers, IDbContextFactory<PortalDbContext> contexts)
{
    private const string AnswersSlot = "<!--answers-->";
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Addresses from a comma- or semicolon-separated setting, trimmed; those that are not deliverable are left out.</summary>
    public static IReadOnlyList<string> Addresses(string? setting) =>
        (setting ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(DeliverableAddress.IsDeliverable).ToList();

    /// <summary>The address typed into the field named by the workflow's <c>EmailField</c>, when it is one.</summary>
    public static string? AddressFromField(WorkflowContext context)
    {
        if (!Guid.TryParse(context.Workflow.Setting("EmailField"), out var field))
        {
            return null;
        }

        var given = context.Entry.ValuesOf(field);
        var typed = given.Count > 0 ? given[0].Trim() : null;
        return typed is not null && DeliverableAddress.IsDeliverable(typed) ? typed : null;
    }

    public async Task QueueAsync(WorkflowContext context, string template, IReadOnlyCollection<string> to, string defaultSubject, SensitiveAnswers sensitive, CancellationToken cancellationToken)
    {
        var list = answers.For(context.Form, context.Entry, sensitive, skipEmpty: true);
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["subject"] = context.Workflow.Setting("Subject") ?? defaultSubject,
            ["message"] = context.Workflow.Setting("Message"),
            ["formName"] = context.Form.Name,
            ["submitted"] = UkTime.FromUtc(context.Entry.CreatedAt).ToString("d MMMM yyyy 'at' HH:mm", British),
            ["state"] = context.Run.Stage.ToString().ToLowerInvariant(),
            ["answers"] = string.Join("\n", list.Select(a => $"{a.Caption}: {a.Value}")),
            ["link"] = $"/umbraco/forms/{context.Form.Key}/entries/{context.Entry.Key}",
        };
        var table = Table(list);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        foreach (var address in to.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var message = mail.Render(template, address, values);
            outbox.Enqueue(db, message with { HtmlBody = message.HtmlBody?.Replace(AnswersSlot, table, StringComparison.Ordinal) }, template);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Table(IReadOnlyList<EntryAnswer> list)
    {
        var html = new StringBuilder("<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" style=\"width:100%;margin:0 0 16px;border-collapse:collapse;\">");
        foreach (var answer in list)
        {
            html.Append("<tr><th scope=\"row\" style=\"text-align:left;vertical-align:top;padding:8px 16px 8px 0;border-bottom:1px solid #b1b4b6;\">")
                .Append(WebUtility.HtmlEncode(answer.Caption))
                .Append("</th><td style=\"padding:8px 0;border-bottom:1px solid #b1b4b6;white-space:pre-line;\">")
                .Append(WebUtility.HtmlEncode(answer.Value))
                .Append("</td></tr>");
        }

        return html.Append("</table>").ToString();
    }
}
