using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.Access.Persistence;

/// <summary>Which member groups may see a page or media item.</summary>
internal sealed class PublicAccessRuleConfiguration : IEntityTypeConfiguration<PublicAccessRule>
{
    public void Configure(EntityTypeBuilder<PublicAccessRule> e)
    {
        e.ToTable("PublicAccessRules");
        e.HasKey(x => x.Id);
        e.HasIndex(x => new { x.Target, x.ItemKey }).IsUnique();
        e.Property(x => x.Groups).HasConversion(JsonColumns.Converter<List<string>>(), JsonColumns.Comparer<List<string>>()).HasMaxLength(4000);
        e.Property(x => x.UpdatedBy).HasMaxLength(256);
    }
}
