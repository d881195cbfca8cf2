using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VirtualSchool.Portal.Core.Media;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.Media.Persistence;

/// <summary>The media library's items (files and folders); property values are one JSON column.</summary>
internal sealed class MediaItemConfiguration : IEntityTypeConfiguration<MediaItem>
{
    public void Configure(EntityTypeBuilder<MediaItem> e)
    {
        e.ToTable("MediaItems");
        e.HasKey(x => x.Id);
        e.HasIndex(x => x.Key).IsUnique();
        e.HasIndex(x => x.Url);
        e.HasIndex(x => new { x.ParentKey, x.SortOrder });
        e.Property(x => x.Name).HasMaxLength(255);
        e.Property(x => x.MediaTypeAlias).HasMaxLength(255);
        e.Property(x => x.Url).HasMaxLength(1024);
        e.Property(x => x.StoragePath).HasMaxLength(1024);
        e.Property(x => x.Extension).HasMaxLength(20);
        e.Property(x => x.Properties).HasConversion(JsonColumns.PropertiesConverter(), JsonColumns.PropertiesComparer());
        e.Ignore(x => x.IsFolder);
    }
}
