using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VirtualSchool.Portal.Core.Content;

namespace VirtualSchool.Portal.Infrastructure.Content.Persistence;

/// <summary>The content tree's nodes.</summary>
internal sealed class ContentNodeConfiguration : IEntityTypeConfiguration<ContentNode>
{
    public void Configure(EntityTypeBuilder<ContentNode> e)
    {
        e.ToTable("ContentNodes");
        e.HasKey(x => x.Id);
        e.HasIndex(x => x.Key).IsUnique();
        e.HasIndex(x => new { x.ParentKey, x.SortOrder });
        e.Property(x => x.Name).HasMaxLength(255);
        e.Property(x => x.UrlSegment).HasMaxLength(255);
        e.Property(x => x.ContentTypeAlias).HasMaxLength(255);
        e.Property(x => x.TemplateAlias).HasMaxLength(255);
        e.Ignore(x => x.IsPublished);
    }
}
