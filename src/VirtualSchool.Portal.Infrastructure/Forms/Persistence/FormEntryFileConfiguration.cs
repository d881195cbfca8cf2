using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VirtualSchool.Portal.Core.Forms;

namespace VirtualSchool.Portal.Infrastructure.Forms.Persistence;

internal sealed class FormEntryFileConfiguration : IEntityTypeConfiguration<FormEntryFile>
{
    public void Configure(EntityTypeBuilder<FormEntryFile> e)
    {
        e.ToTable("FormEntryFiles");
        e.HasKey(x => x.Id);
        e.HasIndex(x => x.Key).IsUnique();
        e.HasIndex(x => x.EntryId);
        e.HasIndex(x => x.ProgressId);
        e.Property(x => x.FileName).HasMaxLength(FormEntryFile.MaxFileNameLength);
        e.Property(x => x.ContentType).HasMaxLength(100);
    }
}
