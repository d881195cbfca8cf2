using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VirtualSchool.Portal.Core.Audit;

namespace VirtualSchool.Portal.Infrastructure.Audit.Persistence;

/// <summary>The audit log.</summary>
internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> e)
    {
        e.ToTable("AuditLog");
        e.HasKey(x => x.Id);
        e.HasIndex(x => x.At);
        e.HasIndex(x => new { x.Action, x.At });
        e.HasIndex(x => x.ItemKey);
        e.Property(x => x.Action).HasMaxLength(50);
        e.Property(x => x.UserId).HasMaxLength(64);
        e.Property(x => x.UserName).HasMaxLength(256);
        e.Property(x => x.ItemType).HasMaxLength(100);
        e.Property(x => x.ItemKey).HasMaxLength(100);
        e.Property(x => x.ItemName).HasMaxLength(255);
        e.Property(x => x.Detail).HasMaxLength(2000);
        e.Property(x => x.IpAddress).HasMaxLength(64);
    }
}
