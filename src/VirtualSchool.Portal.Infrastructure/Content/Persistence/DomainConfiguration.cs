using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VirtualSchool.Portal.Core.Content;

namespace VirtualSchool.Portal.Infrastructure.Content.Persistence;

/// <summary>Hostnames assigned to content nodes.</summary>
internal sealed class DomainConfiguration : IEntityTypeConfiguration<Domain>
{
    public void Configure(EntityTypeBuilder<Domain> e)
    {
        e.ToTable("Domains");
        e.HasKey(x => x.Key);
        e.Property(x => x.Name).HasMaxLength(255);
        e.Property(x => x.Language).HasMaxLength(20);
    }
}
