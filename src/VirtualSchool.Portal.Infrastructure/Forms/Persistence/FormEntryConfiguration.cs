using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.Forms.Persistence;

/// <summary>Entries, indexed for the entries screen (a form's entries by date, by state and date) and the retention job.</summary>
internal sealed class FormEntryConfiguration : IEntityTypeConfiguration<FormEntry>
{
    public void Configure(EntityTypeBuilder<FormEntry> e)
    {
        e.ToTable("FormEntries");
        e.HasKey(x => x.Id);
        e.HasIndex(x => x.Key).IsUnique();
        e.HasIndex(x => new { x.FormKey, x.CreatedAt });
        e.HasIndex(x => new { x.FormKey, x.State, x.CreatedAt });
        e.HasIndex(x => new { x.FormKey, x.State, x.UpdatedAt });
        e.Property(x => x.IpAddress).HasMaxLength(45);
        e.Property(x => x.Values).HasConversion(JsonColumns.Converter<Dictionary<Guid, List<string>>>(), JsonColumns.Comparer<Dictionary<Guid, List<string>>>());
    }
}
