using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VirtualSchool.Portal.Infrastructure.BoardData.Persistence;

internal sealed class BoardTermVersionRowConfiguration : IEntityTypeConfiguration<BoardTermVersionRow>
{
    public void Configure(EntityTypeBuilder<BoardTermVersionRow> e)
    {
        e.ToTable("BoardDataVersions");
        e.HasKey(x => x.Id);
        // Two uploads racing for the same next version: one of them fails here rather than both being stored.
        e.HasIndex(x => new { x.TermKey, x.Version }).IsUnique();
        e.Property(x => x.FileName).HasMaxLength(255);
        e.Property(x => x.SavedBy).HasMaxLength(254);
    }
}
