using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VirtualSchool.Portal.Core.Search;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.Search.Persistence;

internal sealed class SynonymGroupConfiguration : IEntityTypeConfiguration<SynonymGroup>
{
    public void Configure(EntityTypeBuilder<SynonymGroup> e)
    {
        e.ToTable("SearchSynonyms");
        e.HasKey(x => x.Id);
        e.Property(x => x.Terms).HasConversion(JsonColumns.Converter<List<string>>(), JsonColumns.Comparer<List<string>>());
        e.Property(x => x.UpdatedBy).HasMaxLength(254);
    }
}
