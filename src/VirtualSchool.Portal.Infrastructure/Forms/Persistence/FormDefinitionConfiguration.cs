using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.Forms.Persistence;

/// <summary>Forms: a row each, the design in JSON columns (read and written whole, as Umbraco Forms stores its forms).</summary>
internal sealed class FormDefinitionConfiguration : IEntityTypeConfiguration<FormDefinition>
{
    public void Configure(EntityTypeBuilder<FormDefinition> e)
    {
        e.ToTable("Forms");
        e.HasKey(x => x.Id);
        e.HasIndex(x => x.Key).IsUnique();
        e.HasIndex(x => x.FolderKey);
        e.Property(x => x.Name).HasMaxLength(FormDefinition.MaxNameLength);
        e.Property(x => x.UpdatedBy).HasMaxLength(254);
        e.Property(x => x.Pages).HasConversion(JsonColumns.Converter<List<FormPage>>(), JsonColumns.Comparer<List<FormPage>>());
        e.Property(x => x.Settings).HasConversion(JsonColumns.Converter<FormSettings>(), JsonColumns.Comparer<FormSettings>());
        e.Property(x => x.Workflows).HasConversion(JsonColumns.Converter<List<FormWorkflow>>(), JsonColumns.Comparer<List<FormWorkflow>>());
        e.Property(x => x.Permissions).HasConversion(JsonColumns.Converter<FormPermissions>(), JsonColumns.Comparer<FormPermissions>());
        e.Property(x => x.Retention).HasConversion(JsonColumns.Converter<FormRetention>(), JsonColumns.Comparer<FormRetention>());
        e.Ignore(x => x.AllFields);
    }
}
