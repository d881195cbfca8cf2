using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Infrastructure.Forms;
using VirtualSchool.Portal.Web.Forms.Entries;
using VirtualSchool.Portal.Web.Forms.Workflows;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Forms.Entries;

/// <summary>The four workflow types, run from the queue after an entry is stored, approved or rejected.</summary>
[Collection(EntriesCollection.Name)]
[Trait("Category", "Integration")]
public sealed class WorkflowTests(EntriesHost host)
{
    private EntriesPortal Portal => host.Portal;

    private static FormWorkflow Workflow(Guid type, FormEntryState on = FormEntryState.Submitted, params (string Key, string Value)[] settings) => new()
    {
        Name = "Workflow " + type.ToString()[..4],
        WorkflowTypeId = type,
        ExecutesOn = on,
        Settings = settings.ToDictionary(s => s.Key, s => s.Value, StringComparer.OrdinalIgnoreCase),
    };

    [Fact]
    public async Task Send_email_sends_the_answers_to_fixed_and_typed_addresses_without_sensitive_ones()
    {
        var team = $"team-{Guid.NewGuid():N}@example.org";
        var typed = $"typed-{Guid.NewGuid():N}@example.org";
        var name = EntriesPortal.Field("name", "Your name");
        var email = EntriesPortal.Field("email", "Email address");
        var health = EntriesPortal.Field("health", "Health needs", sensitive: true);
        var form = await Portal.CreateFormAsync("Contact the team", [name, email, health],
            [Workflow(WorkflowTypeIds.SendEmail, settings: [("Email", team), ("EmailField", email.Key.ToString()), ("Subject", "New contact <request>")])]);

        var entry = await Portal.AddEntryAsync(form, new() { [name.Key] = ["Ada <Lovelace>"], [email.Key] = [typed], [health.Key] = ["Secret-asthma"] });

        var runs = await Portal.SettledRunsAsync(entry);
        Assert.Equal(WorkflowRunStatus.Succeeded, Assert.Single(runs).Status);
        var mails = await host.MailAsync(m => m.To.Contains(team) || m.To.Contains(typed), count: 2);
        Assert.Equal(2, mails.Count);
        foreach (var mail in mails)
        {
            Assert.Equal("New contact <request>", mail.Subject);
            Assert.Contains("Your name: Ada <Lovelace>", mail.Text);
            Assert.Contains("Ada &lt;Lovelace&gt;", mail.Html);
            Assert.DoesNotContain("Secret-asthma", mail.Text + mail.Html);
            Assert.DoesNotContain("Health needs", mail.Text);
        }
    }

    [Fact]
    public async Task Send_confirmation_goes_to_the_person_without_sensitive_answers_even_when_the_workflow_includes_them()
    {
        var typed = $"person-{Guid.NewGuid():N}@example.org";
        var email = EntriesPortal.Field("email", "Email address");
        var child = EntriesPortal.Field("child", "Child's name", sensitive: true);
        var confirmation = Workflow(WorkflowTypeIds.SendConfirmation, settings: [("EmailField", email.Key.ToString()), ("Subject", "We have your request")]);
        confirmation.IncludeSensitiveData = true;
        var form = await Portal.CreateFormAsync("Ask for advice", [email, child], [confirmation]);

        var entry = await Portal.AddEntryAsync(form, new() { [email.Key] = [typed], [child.Key] = ["Secret-child-name"] });

        Assert.Equal(WorkflowRunStatus.Succeeded, Assert.Single(await Portal.SettledRunsAsync(entry)).Status);
        var mail = Assert.Single(await host.MailAsync(m => m.To.Contains(typed)));
        Assert.Equal("We have your request", mail.Subject);
        Assert.Contains("Email address: " + typed, mail.Text);
        Assert.DoesNotContain("Secret-child-name", mail.Text + mail.Html);
    }

    [Fact]
    public async Task Post_to_url_sends_json_signed_with_the_key_that_the_receiver_verifies()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var name = EntriesPortal.Field("name", "Your name");
        var topics = EntriesPortal.Field("topics", "Topics", FieldTypeIds.MultipleChoice);
        var secret = EntriesPortal.Field("secret", "Secret", sensitive: true);
        var form = await Portal.CreateFormAsync("Posted form", [name, topics, secret], [Workflow(WorkflowTypeIds.PostToUrl, settings: [("Url", receiver.Url)])]);

        var entry = await Portal.AddEntryAsync(form, new() { [name.Key] = ["Grace"], [topics.Key] = ["a", "b"], [secret.Key] = ["hidden"] });

        var posted = Assert.Single(await Portal.SettledRunsAsync(entry));
        Assert.True(posted.Status == WorkflowRunStatus.Succeeded, $"{posted.Status} after {posted.Attempts} attempts, claimed until {posted.ClaimedUntil}: {posted.LastError}");
        var (body, signature) = Assert.Single(receiver.Received);
        var parts = signature!.Split(',').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Convert.FromBase64String(EntriesPortal.SigningKey), Encoding.UTF8.GetBytes(parts["t"] + "." + body)));
        Assert.Equal(expected, parts["v1"]);
        Assert.InRange(long.Parse(parts["t"], System.Globalization.CultureInfo.InvariantCulture), DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 1);
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        Assert.Equal(form.Key.ToString(), root.GetProperty("formId").GetString());
        Assert.Equal("Posted form", root.GetProperty("formName").GetString());
        Assert.Equal(entry.Key.ToString(), root.GetProperty("entryId").GetString());
        Assert.Equal("Submitted", root.GetProperty("state").GetString());
        Assert.Equal("Grace", root.GetProperty("values").GetProperty("name").GetString());
        Assert.Equal(["a", "b"], root.GetProperty("values").GetProperty("topics").EnumerateArray().Select(e => e.GetString()));
        Assert.False(root.GetProperty("values").TryGetProperty("secret", out _));
    }

    [Fact]
    public async Task A_failing_endpoint_is_retried_with_back_off_then_marked_failed_and_shown_to_administrators()
    {
        await using var receiver = await WebhookReceiver.StartAsync(HttpStatusCode.InternalServerError);
        var name = EntriesPortal.Field("name", "Your name");
        var form = await Portal.CreateFormAsync("Failing hook " + Guid.NewGuid().ToString("N")[..6], [name], [Workflow(WorkflowTypeIds.PostToUrl, settings: [("Url", receiver.Url)])]);

        var entry = await Portal.AddEntryAsync(form, new() { [name.Key] = ["Grace"] });

        var run = Assert.Single(await Portal.SettledRunsAsync(entry));
        Assert.Equal(WorkflowRunStatus.Failed, run.Status);
        Assert.Equal(2, run.Attempts);
        Assert.Contains("500", run.LastError);
        Assert.Equal(2, receiver.Received.Count);

        var admin = await Portal.SignInAdministratorAsync();
        var page = await PortalFactory.ParseAsync(await admin.GetAsync("/umbraco/forms/workflow-failures"));
        var row = page.QuerySelector($"#workflow-failures tr[data-run='{run.Id}']");
        Assert.NotNull(row);
        Assert.Contains(form.Name, row!.TextContent);

        receiver.Status = HttpStatusCode.OK;
        var retried = await EntriesPortal.PostAsync(admin, "/umbraco/forms/workflow-failures", $"/umbraco/forms/workflow-failures/{run.Id}/retry", []);
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        Assert.Equal(WorkflowRunStatus.Succeeded, Assert.Single(await Portal.SettledRunsAsync(entry)).Status);
        Assert.Equal(3, receiver.Received.Count);

        var editor = await Portal.SignInAsync(Web.BackOffice.Users.BackOfficeRoles.Editor);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/umbraco/forms/workflow-failures")).StatusCode);
    }

    [Fact]
    public async Task Post_to_url_without_a_signing_key_fails_and_says_why()
    {
        var workflow = Workflow(WorkflowTypeIds.PostToUrl, settings: [("Url", "https://hooks.example.org/forms")]);
        var form = new FormDefinition { Key = Guid.NewGuid(), Name = "No key", Workflows = [workflow] };
        var type = new PostToUrlWorkflow(
            Portal.Get<IHttpClientFactory>(), Options.Create(new VirtualSchool.Portal.Infrastructure.PortalOptions()), Portal.Get<EntryAnswers>(),
            Portal.Get<Microsoft.Extensions.Hosting.IHostEnvironment>(), TimeProvider.System);
        var entry = new FormEntry { Key = Guid.NewGuid(), FormKey = form.Key };

        var result = await type.ExecuteAsync(new WorkflowContext(form, entry, workflow, new FormWorkflowRun(), Portal.Services), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("WebhookSigningKey", result.Error);
        Assert.Empty(type.Check(workflow, form));
        Assert.NotEmpty(type.Check(Workflow(WorkflowTypeIds.PostToUrl, settings: [("Url", "http://hooks.example.org/forms")]), form));
    }

    [Fact]
    public async Task Save_as_content_creates_a_draft_page_with_the_mapped_answers_and_never_publishes_it()
    {
        var home = Portal.Get<IPublishedContentCache>().GetByRoute("/")!;
        var title = EntriesPortal.Field("title", "Title");
        var summary = EntriesPortal.Field("summary", "Summary");
        var pageName = "Story " + Guid.NewGuid().ToString("N")[..8];
        var workflow = Workflow(WorkflowTypeIds.SaveAsContent, settings:
        [
            ("DocumentType", "contentPage"), ("RootNode", home.Key.ToString()), ("NameField", title.Key.ToString()),
            ("Fields", JsonSerializer.Serialize(new Dictionary<string, string> { ["summary"] = summary.Key.ToString() })),
        ]);
        var form = await Portal.CreateFormAsync("Share a story", [title, summary], [workflow]);
        Assert.Empty(Portal.Get<SaveAsContentWorkflow>().Check(workflow, form));

        var entry = await Portal.AddEntryAsync(form, new() { [title.Key] = [pageName], [summary.Key] = ["A summary from the form"] });

        Assert.Equal(WorkflowRunStatus.Succeeded, Assert.Single(await Portal.SettledRunsAsync(entry)).Status);
        var repository = Portal.Get<IContentRepository>();
        var node = Assert.Single(await repository.GetChildrenAsync(home.Key), n => n.Name == pageName);
        Assert.False(node.IsPublished);
        Assert.Equal("contentPage", node.ContentTypeAlias);
        var draft = (await repository.GetVersionsAsync(node.Key)).OrderByDescending(v => v.VersionNumber).First();
        Assert.Equal("A summary from the form", draft.Properties["summary"]);
        Assert.Null(Portal.Get<IPublishedContentCache>().GetByKey(node.Key));
    }

    [Fact]
    public async Task Save_as_content_check_names_a_missing_document_type_and_property()
    {
        var title = EntriesPortal.Field("title", "Title");
        var form = new FormDefinition { Key = Guid.NewGuid(), Name = "Check", Pages = [new FormPage { Fieldsets = [new FormFieldset { Fields = [title] }] }] };
        var problems = Portal.Get<SaveAsContentWorkflow>().Check(Workflow(WorkflowTypeIds.SaveAsContent, settings:
            [("DocumentType", "contentPage"), ("RootNode", Guid.NewGuid().ToString()), ("Fields", "{\"nope\":\"" + title.Key + "\"}")]), form);

        Assert.Contains(problems, p => p.Contains("\"nope\"", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("under", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Approving_queues_the_approve_workflow_and_it_runs_once_however_often_the_entry_is_approved()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var name = EntriesPortal.Field("name", "Your name");
        var form = await Portal.CreateFormAsync("Approvals", [name], [Workflow(WorkflowTypeIds.PostToUrl, FormEntryState.Approved, ("Url", receiver.Url))]);
        var entry = await Portal.AddEntryAsync(form, new() { [name.Key] = ["Grace"] });
        Assert.Empty(await Portal.RunsAsync(entry));

        var admin = await Portal.SignInAdministratorAsync();
        var page = $"/umbraco/forms/{form.Key}/entries/{entry.Key}";
        var action = $"/umbraco/forms/{form.Key}/entries/bulk";
        var approve = new KeyValuePair<string, string>[] { new("operation", "approve"), new("entries", entry.Key.ToString()), new("back", "entry") };
        Assert.Equal(HttpStatusCode.Redirect, (await EntriesPortal.PostAsync(admin, page, action, approve)).StatusCode);
        Assert.Equal(WorkflowRunStatus.Succeeded, Assert.Single(await Portal.SettledRunsAsync(entry)).Status);

        await EntriesPortal.PostAsync(admin, page, action, [new("operation", "reject"), new("entries", entry.Key.ToString())]);
        await EntriesPortal.PostAsync(admin, page, action, approve);
        await Task.Delay(500);

        Assert.Single(await receiver.WaitForAsync(1));
        var run = Assert.Single(await Portal.RunsAsync(entry));
        Assert.Equal(FormEntryState.Approved, run.Stage);
        Assert.Contains("Approved", JsonDocument.Parse(receiver.Received[0].Body).RootElement.GetProperty("state").GetString());
        var shown = await PortalFactory.ParseAsync(await admin.GetAsync(page));
        Assert.Equal("Succeeded", shown.QuerySelector($"#entry-runs tr[data-run='{run.Id}'] [data-column='status']")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_form_that_does_not_store_records_keeps_an_entry_only_until_its_workflows_have_run()
    {
        var team = $"team-{Guid.NewGuid():N}@example.org";
        var name = EntriesPortal.Field("name", "Your name");
        var form = await Portal.CreateFormAsync("Not kept", [name], [Workflow(WorkflowTypeIds.SendEmail, settings: [("Email", team), ("Subject", "Not kept")])],
            change: f => f.Settings.StoreRecordsLocally = false);

        var entry = await Portal.AddEntryAsync(form, new() { [name.Key] = ["Robin Ellis"] });

        Assert.Contains("Robin Ellis", Assert.Single(await host.MailAsync(m => m.To.Contains(team))).Text, StringComparison.Ordinal);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        bool kept;
        do
        {
            await Task.Delay(100);
            await using var db = await Portal.DbAsync();
            kept = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.FormEntries, e => e.Id == entry.Id);
        }
        while (kept && DateTime.UtcNow < deadline);

        Assert.False(kept);
        Assert.Empty(await Portal.RunsAsync(entry));
    }
}
