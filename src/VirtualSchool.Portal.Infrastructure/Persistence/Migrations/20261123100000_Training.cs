using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace VirtualSchool.Portal.Infrastructure.Persistence.Migrations;

/// <summary>
/// Training sessions (dates of the <c>trainingCourse</c> content) and bookings, with the two guards of the
/// booking rules: a places-taken count changed only by a conditional update, and a unique index on
/// (session, normalised email).
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261123100000_Training")]
public sealed class Training : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "TrainingSessions",
            columns: table => new
            {
                Id = MigrationColumns.Identity<int>(table),
                Key = table.Column<Guid>(nullable: false),
                CourseKey = table.Column<Guid>(nullable: false),
                StartsAt = table.Column<DateTime>(nullable: false),
                EndsAt = table.Column<DateTime>(nullable: false),
                Format = table.Column<int>(nullable: false),
                Venue = table.Column<string>(maxLength: 200, nullable: true),
                Address = table.Column<string>(maxLength: 500, nullable: true),
                JoiningLink = table.Column<string>(maxLength: 1000, nullable: true),
                Capacity = table.Column<int>(nullable: false),
                PlacesTaken = table.Column<int>(nullable: false),
                BookingOpensAt = table.Column<DateTime>(nullable: true),
                BookingClosesAt = table.Column<DateTime>(nullable: true),
                Status = table.Column<int>(nullable: false),
                CancellationReason = table.Column<string>(maxLength: 1000, nullable: true),
                CancelledAt = table.Column<DateTime>(nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Sequence = table.Column<int>(nullable: false),
                RemindedAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_TrainingSessions", x => x.Id));
        migrationBuilder.CreateIndex("IX_TrainingSessions_Key", "TrainingSessions", "Key", unique: true);
        migrationBuilder.CreateIndex("IX_TrainingSessions_StartsAt", "TrainingSessions", "StartsAt");
        migrationBuilder.CreateIndex("IX_TrainingSessions_CourseKey", "TrainingSessions", "CourseKey");

        migrationBuilder.CreateTable(
            name: "Bookings",
            columns: table => new
            {
                Id = MigrationColumns.Identity<long>(table),
                SessionId = table.Column<int>(nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Email = table.Column<string>(maxLength: 254, nullable: false),
                NormalisedEmail = table.Column<string>(maxLength: 254, nullable: false),
                Role = table.Column<string>(maxLength: 50, nullable: false),
                Organisation = table.Column<string>(maxLength: 200, nullable: true),
                Phone = table.Column<string>(maxLength: 30, nullable: true),
                Needs = table.Column<string>(maxLength: 1000, nullable: true),
                ConsentedAt = table.Column<DateTime>(nullable: false),
                Status = table.Column<int>(nullable: false),
                CancelledBy = table.Column<int>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                WaitingSince = table.Column<DateTime>(nullable: true),
                OfferExpiresAt = table.Column<DateTime>(nullable: true),
                ConfirmedAt = table.Column<DateTime>(nullable: true),
                CancelledAt = table.Column<DateTime>(nullable: true),
                TokenHash = table.Column<string>(maxLength: 64, nullable: true),
                SiteUrl = table.Column<string>(maxLength: 300, nullable: true),
                Attended = table.Column<bool>(nullable: true),
                RemindedAt = table.Column<DateTime>(nullable: true),
                EvaluationSentAt = table.Column<DateTime>(nullable: true),
                Rating = table.Column<int>(nullable: true),
                EvaluationComments = table.Column<string>(maxLength: 2000, nullable: true),
                EvaluatedAt = table.Column<DateTime>(nullable: true),
                AnonymisedAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Bookings", x => x.Id);
                table.ForeignKey("FK_Bookings_TrainingSessions_SessionId", x => x.SessionId, "TrainingSessions", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_Bookings_SessionId_NormalisedEmail", "Bookings", ["SessionId", "NormalisedEmail"], unique: true);
        migrationBuilder.CreateIndex("IX_Bookings_TokenHash", "Bookings", "TokenHash", unique: true);
        migrationBuilder.CreateIndex("IX_Bookings_SessionId_Status_WaitingSince", "Bookings", ["SessionId", "Status", "WaitingSince"]);
        migrationBuilder.CreateIndex("IX_Bookings_Status_OfferExpiresAt", "Bookings", ["Status", "OfferExpiresAt"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("Bookings");
        migrationBuilder.DropTable("TrainingSessions");
    }
}
