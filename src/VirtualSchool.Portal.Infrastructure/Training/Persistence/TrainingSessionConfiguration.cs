using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VirtualSchool.Portal.Core.Training;

namespace VirtualSchool.Portal.Infrastructure.Training.Persistence;

/// <summary>Training sessions (the migration <c>20261123100000_Training</c> creates them).</summary>
internal sealed class TrainingSessionConfiguration : IEntityTypeConfiguration<TrainingSession>
{
    public void Configure(EntityTypeBuilder<TrainingSession> e)
    {
        e.ToTable("TrainingSessions");
        e.HasKey(x => x.Id);
        e.HasIndex(x => x.Key).IsUnique();
        e.HasIndex(x => x.StartsAt);
        e.HasIndex(x => x.CourseKey);
        e.Property(x => x.Venue).HasMaxLength(200);
        e.Property(x => x.Address).HasMaxLength(500);
        e.Property(x => x.JoiningLink).HasMaxLength(1000);
        e.Property(x => x.CancellationReason).HasMaxLength(1000);
        e.Ignore(x => x.PlacesLeft);
    }
}
