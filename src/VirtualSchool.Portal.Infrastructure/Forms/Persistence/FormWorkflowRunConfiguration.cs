using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VirtualSchool.Portal.Core.Forms;

namespace VirtualSchool.Portal.Infrastructure.Forms.Persistence;

/// <summary>The workflow queue: one row per (entry, workflow, stage), so a workflow cannot be queued twice for one event.</summary>
internal sealed class FormWorkflowRunConfiguration : IEntityTypeConfiguration<FormWorkflowRun>
{
    public void Configure(EntityTypeBuilder<FormWorkflowRun> e)
    {
        e.ToTable("FormWorkflowRuns");
        e.HasKey(x => x.Id);
        e.HasIndex(x => new { x.EntryId, x.WorkflowKey, x.Stage }).IsUnique();
        e.HasIndex(x => new { x.Status, x.NextAttemptAt });
        e.Property(x => x.LastError).HasMaxLength(2000);
    }
}
