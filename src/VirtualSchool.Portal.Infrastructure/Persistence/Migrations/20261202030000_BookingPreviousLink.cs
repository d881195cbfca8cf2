using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace VirtualSchool.Portal.Infrastructure.Persistence.Migrations;

/// <summary>
/// A booking keeps the hash of its previous manage link while a newer one is out (an offer from the waiting list,
/// or a second booking attempt that emails the link again), so the link the person already has keeps working:
/// a waiting person who cancels as the offer is made can still cancel.
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261202030000_BookingPreviousLink")]
public sealed class BookingPreviousLink : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>("PreviousTokenHash", "Bookings", maxLength: 64, nullable: true);
        migrationBuilder.CreateIndex("IX_Bookings_PreviousTokenHash", "Bookings", "PreviousTokenHash");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex("IX_Bookings_PreviousTokenHash", "Bookings");
        migrationBuilder.DropColumn("PreviousTokenHash", "Bookings");
    }
}
