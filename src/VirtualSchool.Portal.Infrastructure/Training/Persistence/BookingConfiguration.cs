using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VirtualSchool.Portal.Core.Training;

namespace VirtualSchool.Portal.Infrastructure.Training.Persistence;

/// <summary>Bookings for training sessions, deleted with their session (the migration <c>20261123100000_Training</c> creates them).</summary>
internal sealed class BookingConfiguration : IEntityTypeConfiguration<Booking>
{
    public void Configure(EntityTypeBuilder<Booking> e)
    {
        e.ToTable("Bookings");
        e.HasKey(x => x.Id);
        e.HasOne<TrainingSession>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
        // One booking per email per session, whatever the race.
        e.HasIndex(x => new { x.SessionId, x.NormalisedEmail }).IsUnique();
        e.HasIndex(x => x.TokenHash).IsUnique();
        e.HasIndex(x => x.PreviousTokenHash);
        e.HasIndex(x => new { x.SessionId, x.Status, x.WaitingSince });
        e.HasIndex(x => new { x.Status, x.OfferExpiresAt });
        e.Property(x => x.Name).HasMaxLength(BookingRules.MaxName);
        e.Property(x => x.Email).HasMaxLength(BookingRules.MaxEmail);
        e.Property(x => x.NormalisedEmail).HasMaxLength(BookingRules.MaxEmail);
        e.Property(x => x.Role).HasMaxLength(50);
        e.Property(x => x.Organisation).HasMaxLength(BookingRules.MaxOrganisation);
        e.Property(x => x.Phone).HasMaxLength(BookingRules.MaxPhone);
        e.Property(x => x.Needs).HasMaxLength(BookingRules.MaxNeeds);
        e.Property(x => x.TokenHash).HasMaxLength(64);
        e.Property(x => x.PreviousTokenHash).HasMaxLength(64);
        e.Property(x => x.SiteUrl).HasMaxLength(300);
        e.Property(x => x.EvaluationComments).HasMaxLength(BookingRules.MaxComments);
    }
}
