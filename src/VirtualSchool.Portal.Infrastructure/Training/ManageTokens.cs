using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace VirtualSchool.Portal.Infrastructure.Training;

/// <summary>
/// The private manage-booking link's token: 256 random bits, given to the booker once (in their email) and
/// stored only as its SHA-256 hash, so a copy of the database does not hold working links. Issuing a new
/// token replaces the hash, which revokes the old link.
/// </summary>
public static class ManageTokens
{
    public static (string Token, string Hash) Create()
    {
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return (token, Hash(token));
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));

    /// <summary>A token as it can look: 43 base64url characters. Anything else is not looked up.</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
