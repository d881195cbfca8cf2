using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace FormsBench;

/// <summary>
/// Many people sending one form at the same moment, each with their own cookies and tokens read from the page: then
/// every entry must be stored, and each of the form's workflows must have run exactly once per entry (one run per
/// entry, workflow and stage, succeeded at the first attempt), which the queue's unique index and claims promise.
/// </summary>
public sealed record Submissions(
    int People, double Seconds, IReadOnlyDictionary<int, int> Statuses, IReadOnlyList<double> Latencies, int Entries, int ExpectedRuns,
    int Runs, int Succeeded, int Pending, int FailedRuns, int Duplicates, int Retried, int EmailsQueued, string? Problem)
{
    public bool Passed => Problem is null && Entries == People && Runs == ExpectedRuns && Succeeded == Runs && Duplicates == 0 && Retried == 0
        && Statuses.Keys.All(s => s is >= 200 and < 400);

    public static async Task<Submissions> RunAsync(BenchFactory factory, IDbContextFactory<PortalDbContext> contexts, FormDefinition form, int people, TimeSpan wait)
    {
        var emailsBefore = await CountAsync(contexts, db => db.OutboxMessages.CountAsync());
        var prepared = new List<(HttpClient Client, string Action, Dictionary<string, string> Fields)>();
        for (var i = 0; i < people; i++)
        {
            var client = factory.CreateBrowserlikeClient();
            if (await PublicForm.ReadAsync(client, "/contact", i) is not { } step)
            {
                return Empty(people, "the Contact page shows no form posting to /forms/ (is the public renderer merged, and the form placed?)");
            }

            prepared.Add((client, step.Action, step.Fields));
        }

        using var go = new ManualResetEventSlim(false);
        var posts = prepared.Select(p => Task.Run(async () =>
        {
            go.Wait();
            var one = Stopwatch.StartNew();
            using var response = await p.Client.PostAsync(p.Action, new FormUrlEncodedContent(p.Fields));
            return ((int)response.StatusCode, one.Elapsed.TotalMilliseconds);
        })).ToList();
        var clock = Stopwatch.StartNew();
        go.Set();
        var answers = await Task.WhenAll(posts);
        clock.Stop();

        var expectedPerEntry = form.Workflows.Count(w => w.Active && (w.ExecutesOn == FormEntryState.Submitted || (!form.Settings.ManualApproval && w.ExecutesOn == FormEntryState.Approved)));
        var runs = await WaitForRunsAsync(contexts, form.Key, people * expectedPerEntry, wait);
        var entries = await CountAsync(contexts, db => db.FormEntries.CountAsync(e => e.FormKey == form.Key));
        var emails = await CountAsync(contexts, db => db.OutboxMessages.CountAsync()) - emailsBefore;
        return new Submissions(
            people, clock.Elapsed.TotalSeconds,
            answers.GroupBy(a => a.Item1).ToDictionary(g => g.Key, g => g.Count()),
            answers.Select(a => a.Item2).Order().ToList(),
            entries, people * expectedPerEntry, runs.Count,
            runs.Count(r => r.Status == WorkflowRunStatus.Succeeded),
            runs.Count(r => r.Status == WorkflowRunStatus.Pending),
            runs.Count(r => r.Status == WorkflowRunStatus.Failed),
            runs.GroupBy(r => (r.EntryId, r.WorkflowKey, r.Stage)).Sum(g => g.Count() - 1),
            runs.Count(r => r.Attempts > 1),
            emails, null);
    }

    public string Describe()
    {
        var inv = CultureInfo.InvariantCulture;
        if (Problem is not null)
        {
            return $"Submissions: FAIL: {Problem}";
        }

        return string.Create(inv, $"""
            Submissions: {People} people send the contact form at once, answered in {Seconds:F2} s
              statuses        {string.Join(", ", Statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}"))}
              p50 / p95 ms    {Bench.Percentile(Latencies, 0.5):F1} / {Bench.Percentile(Latencies, 0.95):F1}
              entries stored  {Entries} of {People}
              workflow runs   {Runs} (expected {ExpectedRuns}): {Succeeded} succeeded, {Pending} pending, {FailedRuns} failed, {Duplicates} duplicates, {Retried} retried
              emails queued   {EmailsQueued} in the outbox
              result          {(Passed ? "PASS" : "FAIL")}: every entry stored, each workflow run once
            """);
    }

    private static Submissions Empty(int people, string problem) =>
        new(people, 0, new Dictionary<int, int>(), [], 0, 0, 0, 0, 0, 0, 0, 0, 0, problem);

    /// <summary>The form's runs once none is pending (the workflow job works through them), or as they are at the deadline.</summary>
    private static async Task<List<FormWorkflowRun>> WaitForRunsAsync(IDbContextFactory<PortalDbContext> contexts, Guid formKey, int expected, TimeSpan wait)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            await using var db = await contexts.CreateDbContextAsync();
            var runs = await db.FormWorkflowRuns.AsNoTracking().Where(r => r.FormKey == formKey).ToListAsync();
            if ((runs.Count >= expected && runs.All(r => r.Status != WorkflowRunStatus.Pending)) || deadline.Elapsed > wait)
            {
                return runs;
            }

            await Task.Delay(250);
        }
    }

    private static async Task<int> CountAsync(IDbContextFactory<PortalDbContext> contexts, Func<PortalDbContext, Task<int>> count)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await count(db);
    }
}
