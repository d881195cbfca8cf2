using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VirtualSchool.Portal.Core.Forms;

namespace VirtualSchool.Portal.Infrastructure.Forms.Persistence;

internal sealed class FormVersionConfiguration : IEntityTypeConfiguration<FormVersion>
{
    public void Configure(EntityTypeBuilder<FormVersion> e)
    {
        e.ToTable("FormVersions");
        e.HasKey(x => x.Id);
        e.HasIndex(x => new { x.FormKey, x.Version }).IsUnique();
        e.Property(x => x.SavedBy).HasMaxLength(254);
    }
}
