using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VirtualSchool.Portal.Core.Forms;

namespace VirtualSchool.Portal.Infrastructure.Forms.Persistence;

internal sealed class FormFolderConfiguration : IEntityTypeConfiguration<FormFolder>
{
    public void Configure(EntityTypeBuilder<FormFolder> e)
    {
        e.ToTable("FormFolders");
        e.HasKey(x => x.Id);
        e.HasIndex(x => x.Key).IsUnique();
        e.Property(x => x.Name).HasMaxLength(FormDefinition.MaxNameLength);
    }
}
