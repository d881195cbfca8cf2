using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.Content.Persistence;

/// <summary>A node's versions (drafts and published), deleted with their node; property values are one JSON column.</summary>
internal sealed class ContentVersionConfiguration : IEntityTypeConfiguration<ContentVersion>
{
    public void Configure(EntityTypeBuilder<ContentVersion> e)
    {
        e.ToTable("ContentVersions");
        e.HasKey(x => x.Id);
        e.HasIndex(x => new { x.NodeId, x.VersionNumber }).IsUnique();
        e.HasOne<ContentNode>().WithMany().HasForeignKey(x => x.NodeId).OnDelete(DeleteBehavior.Cascade);
        e.Property(x => x.Name).HasMaxLength(255);
        e.Property(x => x.CreatedBy).HasMaxLength(255);
        e.Property(x => x.Properties).HasConversion(JsonColumns.PropertiesConverter(), JsonColumns.PropertiesComparer());
    }
}
