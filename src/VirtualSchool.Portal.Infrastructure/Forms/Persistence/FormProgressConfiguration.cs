using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.Forms.Persistence;

internal sealed class FormProgressConfiguration : IEntityTypeConfiguration<FormProgress>
{
    public void Configure(EntityTypeBuilder<FormProgress> e)
    {
        e.ToTable("FormProgress");
        e.HasKey(x => x.Id);
        e.HasIndex(x => new { x.TokenHash, x.FormKey }).IsUnique();
        e.HasIndex(x => x.ExpiresAt);
        e.Property(x => x.TokenHash).HasMaxLength(64);
        e.Property(x => x.Values).HasConversion(JsonColumns.Converter<Dictionary<Guid, List<string>>>(), JsonColumns.Comparer<Dictionary<Guid, List<string>>>());
    }
}
