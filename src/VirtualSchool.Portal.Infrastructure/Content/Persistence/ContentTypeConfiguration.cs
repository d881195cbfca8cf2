using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.Content.Persistence;

/// <summary>Document and media types; their groups and properties are JSON columns.</summary>
internal sealed class ContentTypeConfiguration : IEntityTypeConfiguration<ContentType>
{
    public void Configure(EntityTypeBuilder<ContentType> e)
    {
        e.ToTable("ContentTypes");
        e.HasKey(x => x.Key);
        e.HasIndex(x => new { x.Kind, x.Alias }).IsUnique();
        e.Property(x => x.Alias).HasMaxLength(255);
        e.Property(x => x.Name).HasMaxLength(255);
        e.Property(x => x.Icon).HasMaxLength(255);
        e.Property(x => x.Folder).HasMaxLength(255);
        e.Property(x => x.AllowedChildren).HasConversion(JsonColumns.Converter<List<string>>(), JsonColumns.Comparer<List<string>>());
        e.Property(x => x.Compositions).HasConversion(JsonColumns.Converter<List<string>>(), JsonColumns.Comparer<List<string>>());
        e.Property(x => x.Groups).HasConversion(JsonColumns.Converter<List<PropertyGroup>>(), JsonColumns.Comparer<List<PropertyGroup>>());
        e.Property(x => x.Properties).HasConversion(JsonColumns.Converter<List<PropertyType>>(), JsonColumns.Comparer<List<PropertyType>>());
    }
}
