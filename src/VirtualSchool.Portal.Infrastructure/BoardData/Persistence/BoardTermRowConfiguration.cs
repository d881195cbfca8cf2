using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VirtualSchool.Portal.Infrastructure.BoardData.Persistence;

internal sealed class BoardTermRowConfiguration : IEntityTypeConfiguration<BoardTermRow>
{
    public void Configure(EntityTypeBuilder<BoardTermRow> e)
    {
        e.ToTable("BoardDataTerms");
        e.HasKey(x => x.Id);
        e.HasIndex(x => x.Key).IsUnique();
        e.HasIndex(x => x.Slug).IsUnique();
        e.Property(x => x.Slug).HasMaxLength(20);
        e.Property(x => x.PublishedBy).HasMaxLength(254);
    }
}
