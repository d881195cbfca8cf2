using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VirtualSchool.Portal.Infrastructure.Jobs.Persistence;

/// <summary>The scheduled jobs' recent runs.</summary>
internal sealed class JobRunEntryConfiguration : IEntityTypeConfiguration<JobRunEntry>
{
    public void Configure(EntityTypeBuilder<JobRunEntry> e)
    {
        e.ToTable("JobRuns");
        e.HasKey(x => x.Id);
        e.HasIndex(x => new { x.JobName, x.Id });
        e.Property(x => x.JobName).HasMaxLength(200);
        e.Property(x => x.Result).HasMaxLength(1000);
    }
}
