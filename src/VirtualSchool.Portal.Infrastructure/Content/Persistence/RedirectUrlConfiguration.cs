using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VirtualSchool.Portal.Core.Content;

namespace VirtualSchool.Portal.Infrastructure.Content.Persistence;

/// <summary>The redirects kept when a published page's URL changes.</summary>
internal sealed class RedirectUrlConfiguration : IEntityTypeConfiguration<RedirectUrl>
{
    public void Configure(EntityTypeBuilder<RedirectUrl> e)
    {
        e.ToTable("RedirectUrls");
        e.HasKey(x => x.Id);
        e.HasIndex(x => x.OldPath).IsUnique();
        e.HasIndex(x => x.NodeKey);
        e.Property(x => x.OldPath).HasMaxLength(1024);
    }
}
