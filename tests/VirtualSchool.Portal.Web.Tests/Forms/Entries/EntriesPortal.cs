using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Infrastructure.Forms;
using VirtualSchool.Portal.Infrastructure.Persistence;
using VirtualSchool.Portal.Web.Tests.BackOffice;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Forms.Entries;

/// <summary>
/// A portal for the entries and workflow tests: mail to a real SMTP server when there is one, a webhook signing key,
/// loopback http allowed for the test receiver, and quick retries. Entries are stored straight through the database
/// (the public side's submissions are tested on their own).
/// </summary>
public sealed class EntriesPortal(SmtpServer? smtp) : BackOfficeFactory
{
    public static readonly string SigningKey = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            foreach (var (key, value) in smtp?.Settings ?? new Dictionary<string, string?>())
            {
                settings[key] = value;
            }

            settings["Portal:Email:RetryBaseSeconds"] = "1";
            settings["Portal:Email:RetryMaxSeconds"] = "2";
            settings["Portal:Forms:WebhookSigningKey"] = SigningKey;
            settings["Portal:Forms:AllowLoopbackHttp"] = "true";
            settings["Portal:Forms:RetryBaseSeconds"] = "1";
            settings["Portal:Forms:RetryMaxSeconds"] = "1";
            settings["Portal:Forms:MaxAttempts"] = "2";
            return settings;
        }
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public async Task<PortalDbContext> DbAsync() =>
        await Get<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();

    /// <summary>A new form with these fields and workflows (and any other change), saved as version 2.</summary>
    public async Task<FormDefinition> CreateFormAsync(string name, IEnumerable<FormField> fields, IEnumerable<FormWorkflow>? workflows = null, Action<FormDefinition>? change = null)
    {
        var store = Get<FormStore>();
        var created = await store.CreateAsync(name, null, "tests@virtualschool.test");
        var form = (await store.GetForEditAsync(created.Key))!;
        form.Pages[0].Fieldsets[0].Fields.AddRange(fields);
        form.Workflows.AddRange(workflows ?? []);
        change?.Invoke(form);
        Assert.Equal(FormSaveStatus.Saved, await store.SaveAsync(form, "tests@virtualschool.test"));
        return (await store.GetAsync(form.Key))!;
    }

    /// <summary>Stores an entry as a submit does: with its searchable text and its workflows for "submitted" queued.</summary>
    public async Task<FormEntry> AddEntryAsync(FormDefinition form, Dictionary<Guid, List<string>> values, DateTime? at = null, FormEntryState state = FormEntryState.Submitted, bool queue = true)
    {
        var when = at ?? DateTime.UtcNow;
        var entry = new FormEntry
        {
            Key = Guid.NewGuid(),
            FormKey = form.Key,
            FormVersion = form.Version,
            State = state,
            CreatedAt = when,
            UpdatedAt = when,
            Values = values,
            SearchText = string.Join("\n", values.Where(v => form.FindField(v.Key) is { Sensitive: false }).SelectMany(v => v.Value)).ToLowerInvariant(),
        };
        await using var db = await DbAsync();
        db.FormEntries.Add(entry);
        await db.SaveChangesAsync();
        if (queue)
        {
            db.FormWorkflowRuns.AddRange(FormWorkflowRun.For(form, entry, state, DateTime.UtcNow));
            await db.SaveChangesAsync();
            Get<FormWorkflowSignal>().RunsQueued();
        }

        return entry;
    }

    public async Task<List<FormWorkflowRun>> RunsAsync(FormEntry entry)
    {
        await using var db = await DbAsync();
        return await db.FormWorkflowRuns.AsNoTracking().Where(r => r.EntryId == entry.Id).OrderBy(r => r.Id).ToListAsync();
    }

    /// <summary>Waits until every run of the entry is done or failed (the worker runs them).</summary>
    public async Task<List<FormWorkflowRun>> SettledRunsAsync(FormEntry entry, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var runs = await RunsAsync(entry);
            if ((runs.Count > 0 && runs.All(r => r.Status != WorkflowRunStatus.Pending)) || DateTime.UtcNow > deadline)
            {
                return runs;
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Posts to a back-office form on <paramref name="pagePath"/> with repeated fields (the page gives the antiforgery token).</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string pagePath, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await PortalFactory.ParseAsync(await client.GetAsync(pagePath));
        var token = page.QuerySelector("input[name='__RequestVerificationToken']") as IHtmlInputElement
            ?? throw new InvalidOperationException($"No antiforgery token on {pagePath}");
        var all = fields.Append(new("__RequestVerificationToken", token.Value)).ToList();
        return await client.PostAsync(action, new FormUrlEncodedContent(all));
    }

    public static FormField Field(string alias, string caption, Guid? type = null, bool sensitive = false) =>
        new() { Alias = alias, Caption = caption, FieldTypeId = type ?? FieldTypeIds.ShortAnswer, Sensitive = sensitive };
}
