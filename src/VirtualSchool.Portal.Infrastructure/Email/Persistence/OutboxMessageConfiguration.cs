using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VirtualSchool.Portal.Infrastructure.Email.Persistence;

/// <summary>The email outbox.</summary>
internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> e)
    {
        e.ToTable("EmailOutbox");
        e.HasKey(x => x.Id);
        e.HasIndex(x => x.MessageId).IsUnique();
        e.HasIndex(x => new { x.Status, x.NextAttemptAt });
        e.Property(x => x.MessageId).HasMaxLength(100);
        e.Property(x => x.Category).HasMaxLength(100);
        e.Property(x => x.To).HasMaxLength(320);
        e.Property(x => x.Subject).HasMaxLength(500);
        e.Property(x => x.LastError).HasMaxLength(1000);
    }
}
