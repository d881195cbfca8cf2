using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VirtualSchool.Portal.Infrastructure.Cluster.Persistence;

/// <summary>What each node changed in its in-memory caches, for the other nodes to apply.</summary>
internal sealed class CacheInstructionConfiguration : IEntityTypeConfiguration<CacheInstruction>
{
    public void Configure(EntityTypeBuilder<CacheInstruction> e)
    {
        e.ToTable("CacheInstructions");
        e.HasKey(x => x.Id);
        e.HasIndex(x => x.CreatedAt);
        e.Property(x => x.Origin).HasMaxLength(64);
    }
}
