using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VirtualSchool.Portal.Core.Content;

namespace VirtualSchool.Portal.Infrastructure.Content.Persistence;

/// <summary>Scheduled publishes and unpublishes.</summary>
internal sealed class ContentScheduleConfiguration : IEntityTypeConfiguration<ContentSchedule>
{
    public void Configure(EntityTypeBuilder<ContentSchedule> e)
    {
        e.ToTable("ContentSchedules");
        e.HasKey(x => x.Id);
        e.HasIndex(x => x.RunAt);
        e.HasIndex(x => x.NodeKey);
        e.Property(x => x.Action).HasMaxLength(20);
        e.Property(x => x.CreatedBy).HasMaxLength(256);
        e.Property(x => x.LastError).HasMaxLength(1000);
        e.Ignore(x => x.HasFailed);
    }
}
