using System.Buffers.Text;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace VirtualSchool.Portal.Web.Security;

/// <summary>
/// The cookie schemes' session store (<see cref="CookieAuthenticationOptions.SessionStore"/>): the ticket stays in
/// the user store's <see cref="SignInSession"/> table and the cookie carries only a random key to it. ASP.NET
/// Core's cookie handler removes the row at sign-out (and when the ticket expires or a new sign-in replaces it),
/// so a cookie copied before sign-out opens nothing afterwards; a stateless cookie would stay valid until it
/// expired. One instance per scheme, each on its own store's database context.
/// </summary>
public sealed class SignInSessionStore<TContext>(IServiceScopeFactory scopes, IDataProtectionProvider protection, TimeProvider clock) : ITicketStore
    where TContext : DbContext
{
    private readonly IDataProtector _protector = protection.CreateProtector("VirtualSchool.Portal.SignInSession", typeof(TContext).Name);

    // Each call works in a scope of its own, so saving a session never saves anything else the request's
    // context is tracking (the user, half-way through an update).
    public Task<string> StoreAsync(AuthenticationTicket ticket) => InScopeAsync(db => StoreAsync(db, ticket, CancellationToken.None));

    public Task<string> StoreAsync(AuthenticationTicket ticket, HttpContext httpContext, CancellationToken cancellationToken) =>
        InScopeAsync(db => StoreAsync(db, ticket, cancellationToken));

    public Task RenewAsync(string key, AuthenticationTicket ticket) => InScopeAsync(db => RenewAsync(db, key, ticket, CancellationToken.None));

    public Task RenewAsync(string key, AuthenticationTicket ticket, HttpContext httpContext, CancellationToken cancellationToken) =>
        InScopeAsync(db => RenewAsync(db, key, ticket, cancellationToken));

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => InScopeAsync(db => RetrieveAsync(db, key, CancellationToken.None));

    public Task<AuthenticationTicket?> RetrieveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken) =>
        InScopeAsync(db => RetrieveAsync(db, key, cancellationToken));

    public Task RemoveAsync(string key) => InScopeAsync(db => RemoveAsync(db, key, CancellationToken.None));

    public Task RemoveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken) =>
        InScopeAsync(db => RemoveAsync(db, key, cancellationToken));

    private async Task<string> StoreAsync(TContext db, AuthenticationTicket ticket, CancellationToken cancellationToken)
    {
        var userId = ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (!Guid.TryParse(userId, out var id))
        {
            throw new InvalidOperationException("A signed-in session needs the user's id.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        // Sessions nobody signed out of end here, once their ticket has expired.
        await db.Set<SignInSession>().Where(s => s.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
        var key = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        db.Set<SignInSession>().Add(new SignInSession
        {
            Id = Hash(key),
            UserId = id,
            Ticket = Protect(ticket),
            CreatedAt = now,
            ExpiresAt = Expiry(ticket, now),
        });
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    private async Task RenewAsync(TContext db, string key, AuthenticationTicket ticket, CancellationToken cancellationToken)
    {
        var protectedTicket = Protect(ticket);
        var expires = Expiry(ticket, clock.GetUtcNow().UtcDateTime);
        var id = Hash(key);
        await db.Set<SignInSession>().Where(s => s.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Ticket, protectedTicket).SetProperty(x => x.ExpiresAt, expires), cancellationToken);
    }

    private async Task<AuthenticationTicket?> RetrieveAsync(TContext db, string key, CancellationToken cancellationToken)
    {
        var id = Hash(key);
        var now = clock.GetUtcNow().UtcDateTime;
        var session = await db.Set<SignInSession>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && s.ExpiresAt > now, cancellationToken);
        if (session is null)
        {
            return null;
        }

        try
        {
            return TicketSerializer.Default.Deserialize(_protector.Unprotect(session.Ticket));
        }
        catch (CryptographicException)
        {
            // Protected under a key the ring no longer has: the session is over.
            return null;
        }
    }

    private static async Task RemoveAsync(TContext db, string key, CancellationToken cancellationToken)
    {
        var id = Hash(key);
        await db.Set<SignInSession>().Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken);
    }

    private byte[] Protect(AuthenticationTicket ticket) => _protector.Protect(TicketSerializer.Default.Serialize(ticket));

    private static DateTime Expiry(AuthenticationTicket ticket, DateTime now) =>
        ticket.Properties.ExpiresUtc?.UtcDateTime ?? now.AddDays(1);

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private async Task<T> InScopeAsync<T>(Func<TContext, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TContext>());
    }

    private async Task InScopeAsync(Func<TContext, Task> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<TContext>());
    }
}
