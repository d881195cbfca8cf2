using Microsoft.EntityFrameworkCore;

namespace VirtualSchool.Portal.Web.Security;

/// <summary>
/// One signed-in session of a back-office user or a member, kept on the server: the browser's cookie holds only a
/// random key to it, so signing out (which deletes the row) ends the session for every copy of that cookie.
/// </summary>
public sealed class SignInSession
{
    /// <summary>SHA-256 (hex) of the key in the cookie: the table alone is not enough to present a session.</summary>
    public string Id { get; set; } = "";

    public Guid UserId { get; set; }

    /// <summary>The authentication ticket (claims and properties), serialised and protected with data protection.</summary>
    public byte[] Ticket { get; set; } = [];

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    /// <summary>Maps the sessions of one user store to a table of its own, deleted with their user.</summary>
    public static void Configure<TUser>(ModelBuilder builder, string table) where TUser : class =>
        builder.Entity<SignInSession>(e =>
        {
            e.ToTable(table);
            e.HasKey(s => s.Id);
            e.Property(s => s.Id).HasMaxLength(64);
            e.HasIndex(s => s.UserId);
            e.HasIndex(s => s.ExpiresAt);
            e.HasOne<TUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        });
}
