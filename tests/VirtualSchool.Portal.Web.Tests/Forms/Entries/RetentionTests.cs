using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Infrastructure.Forms;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Forms.Entries;

/// <summary>Each form's retention: enforced by the job, quoted in the privacy notice.</summary>
[Collection(EntriesCollection.Name)]
[Trait("Category", "Integration")]
public sealed class RetentionTests(EntriesHost host)
{
    private EntriesPortal Portal => host.Portal;

    [Fact]
    public async Task The_retention_job_deletes_entries_older_than_their_state_allows_with_their_files_and_runs_and_keeps_the_rest()
    {
        var upload = EntriesPortal.Field("file", "Your file", FieldTypeIds.FileUpload);
        var form = await Portal.CreateFormAsync("Kept briefly", [upload], change: f => f.Retention = new FormRetention { SubmittedDays = 10, ApprovedDays = 100 });
        var now = DateTime.UtcNow;
        var fileKey = Guid.NewGuid();
        var old = await Portal.AddEntryAsync(form, new() { [upload.Key] = [fileKey.ToString("D")] }, now.AddDays(-11), queue: false);
        var recent = await Portal.AddEntryAsync(form, [], now.AddDays(-9), queue: false);
        var approvedLongAgo = await Portal.AddEntryAsync(form, [], now.AddDays(-50), FormEntryState.Approved, queue: false);
        await Portal.Get<FormUploadFiles>().SaveAsync(fileKey, new MemoryStream([1, 2, 3]));
        await using (var db = await Portal.DbAsync())
        {
            db.FormEntryFiles.Add(new FormEntryFile { Key = fileKey, FormKey = form.Key, FieldKey = upload.Key, EntryId = old.Id, FileName = "old.pdf", CreatedAt = now.AddDays(-11) });
            db.FormWorkflowRuns.Add(new FormWorkflowRun { EntryId = old.Id, FormKey = form.Key, WorkflowKey = Guid.NewGuid(), Stage = FormEntryState.Submitted, Status = WorkflowRunStatus.Succeeded, CreatedAt = now.AddDays(-11), NextAttemptAt = now.AddDays(-11) });
            await db.SaveChangesAsync();
        }

        var erased = await Portal.Get<FormRetentionPurge>().PurgeAsync();

        Assert.True(erased >= 1);
        var entries = Portal.Get<FormEntries>();
        Assert.Null(await entries.GetAsync(form.Key, old.Key));
        Assert.NotNull(await entries.GetAsync(form.Key, recent.Key));
        Assert.NotNull(await entries.GetAsync(form.Key, approvedLongAgo.Key));
        Assert.Null(Portal.Get<FormUploadFiles>().OpenRead(fileKey));
        await using var check = await Portal.DbAsync();
        Assert.False(await check.FormEntryFiles.AnyAsync(f => f.Key == fileKey));
        Assert.False(await check.FormWorkflowRuns.AnyAsync(r => r.EntryId == old.Id));
    }

    [Fact]
    public async Task Expired_progress_and_orphan_upload_files_are_erased()
    {
        var now = DateTime.UtcNow;
        var files = Portal.Get<FormUploadFiles>();
        var progressFile = Guid.NewGuid();
        var orphan = Guid.NewGuid();
        var unknown = Guid.NewGuid();
        var live = Guid.NewGuid();
        FormProgress expired, current;
        await using (var db = await Portal.DbAsync())
        {
            expired = new FormProgress { TokenHash = Guid.NewGuid().ToString("N"), FormKey = Guid.NewGuid(), StartedAt = now.AddDays(-5), UpdatedAt = now.AddDays(-4), ExpiresAt = now.AddDays(-1) };
            current = new FormProgress { TokenHash = Guid.NewGuid().ToString("N"), FormKey = Guid.NewGuid(), StartedAt = now, UpdatedAt = now, ExpiresAt = now.AddDays(2) };
            db.FormProgress.AddRange(expired, current);
            await db.SaveChangesAsync();
            db.FormEntryFiles.AddRange(
                new FormEntryFile { Key = progressFile, FormKey = expired.FormKey, ProgressId = expired.Id, FileName = "a.pdf", CreatedAt = now.AddDays(-4) },
                new FormEntryFile { Key = live, FormKey = current.FormKey, ProgressId = current.Id, FileName = "b.pdf", CreatedAt = now },
                new FormEntryFile { Key = orphan, FormKey = current.FormKey, FileName = "c.pdf", CreatedAt = now.AddDays(-10) });
            await db.SaveChangesAsync();
        }

        foreach (var key in new[] { progressFile, orphan, unknown, live })
        {
            await files.SaveAsync(key, new MemoryStream([1]));
        }

        File.SetLastWriteTimeUtc(files.PathFor(unknown), now.AddDays(-10));

        await Portal.Get<FormProgressPurge>().PurgeAsync();

        Assert.Null(files.OpenRead(progressFile));
        Assert.Null(files.OpenRead(orphan));
        Assert.Null(files.OpenRead(unknown));
        using (var kept = files.OpenRead(live))
        {
            Assert.NotNull(kept);
        }

        await using var check = await Portal.DbAsync();
        Assert.False(await check.FormProgress.AnyAsync(p => p.Id == expired.Id));
        Assert.True(await check.FormProgress.AnyAsync(p => p.Id == current.Id));
    }

    [Fact]
    public async Task The_privacy_notice_lists_every_form_with_what_it_asks_and_how_long_each_state_is_kept()
    {
        var name = "Privacy listed " + Guid.NewGuid().ToString("N")[..6];
        await Portal.CreateFormAsync(name, [EntriesPortal.Field("school", "School name"), EntriesPortal.Field("child", "Child's date of birth", sensitive: true)],
            change: f => f.Retention = new FormRetention { SubmittedDays = 30, RejectedDays = 7 });

        var page = await PortalFactory.ParseAsync(await Portal.CreateClient().GetAsync("/privacy-notice"));

        var section = page.QuerySelector("#forms-privacy")!;
        var form = section.QuerySelectorAll(".app-forms-privacy__form").Single(f => f.GetAttribute("data-form") == name);
        Assert.Contains("School name", form.TextContent);
        Assert.Contains("Child's date of birth", form.TextContent);
        Assert.Contains("30 days", form.QuerySelector("[data-state='Submitted']")!.TextContent);
        Assert.Contains("365 days", form.QuerySelector("[data-state='Approved']")!.TextContent);
        Assert.Contains("7 days", form.QuerySelector("[data-state='Rejected']")!.TextContent);
        Assert.Null((await PortalFactory.ParseAsync(await Portal.CreateClient().GetAsync("/contact"))).QuerySelector("#forms-privacy"));
    }
}
