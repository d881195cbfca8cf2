using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VirtualSchool.Portal.Core.Feedback;

namespace VirtualSchool.Portal.Infrastructure.Feedback.Persistence;

/// <summary>"Is this page useful?" answers and their comments.</summary>
internal sealed class FeedbackEntryConfiguration : IEntityTypeConfiguration<FeedbackEntry>
{
    public void Configure(EntityTypeBuilder<FeedbackEntry> e)
    {
        e.ToTable("Feedback");
        e.HasKey(x => x.Id);
        e.HasIndex(x => x.Token).IsUnique();
        e.HasIndex(x => new { x.PageKey, x.CreatedAt });
        e.HasIndex(x => x.CreatedAt);
        e.Property(x => x.Path).HasMaxLength(1024);
        e.Property(x => x.Comment).HasMaxLength(FeedbackEntry.MaxCommentLength);
        e.Property(x => x.Token).HasMaxLength(64);
    }
}
