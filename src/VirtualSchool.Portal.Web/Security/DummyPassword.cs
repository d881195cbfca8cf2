using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace VirtualSchool.Portal.Web.Security;

/// <summary>
/// A password hash that belongs to nobody. Sign-in checks the typed password against it whenever there is no real
/// hash to check (no account with that address, no password set yet, a locked or disabled account), so every
/// answer costs one password hash and its time does not tell a stranger whether an account exists.
/// </summary>
public static class DummyPassword
{
    public static void Verify<TUser>(UserManager<TUser> users, string password) where TUser : class, new() =>
        users.PasswordHasher.VerifyHashedPassword(new TUser(), Hash<TUser>.Of(users.PasswordHasher), password);

    // One per user type, made with that store's hasher and its settings (iterations), so it costs what a real one does.
    private static class Hash<TUser> where TUser : class, new()
    {
        private static string? _value;

        public static string Of(IPasswordHasher<TUser> hasher) =>
            _value ??= hasher.HashPassword(new TUser(), Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));
    }
}
