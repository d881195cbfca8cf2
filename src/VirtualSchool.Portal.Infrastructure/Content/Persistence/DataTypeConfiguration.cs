using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VirtualSchool.Portal.Core.Content;

namespace VirtualSchool.Portal.Infrastructure.Content.Persistence;

/// <summary>The data types (property editors with their settings) imported from uSync.</summary>
internal sealed class DataTypeConfiguration : IEntityTypeConfiguration<DataType>
{
    public void Configure(EntityTypeBuilder<DataType> e)
    {
        e.ToTable("DataTypes");
        e.HasKey(x => x.Key);
        e.Property(x => x.Name).HasMaxLength(255);
        e.Property(x => x.EditorAlias).HasMaxLength(255);
        e.Property(x => x.EditorUiAlias).HasMaxLength(255);
        e.Property(x => x.DatabaseType).HasMaxLength(50);
        e.Property(x => x.Folder).HasMaxLength(255);
    }
}
