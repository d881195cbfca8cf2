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

/// <summary>Builds the public addresses put in training emails.</summary>
public sealed class TrainingLinks(Microsoft.Extensions.Options.IOptions<PortalOptions> options)
{
    private string? _lastSeen;

    /// <summary>Remembers the public address requests arrive at, for emails sent later by jobs.</summary>
    public void Seen(string scheme, string host) => _lastSeen = $"{scheme}://{host}";

    public string BaseUrl => (options.Value.Training.PublicUrl is { Length: > 0 } configured ? configured : _lastSeen ?? "http://localhost:5080").TrimEnd('/');

    public string Manage(string token) => $"{BaseUrl}/training/bookings/{token}";

    public string Evaluation(string token) => $"{BaseUrl}/training/bookings/{token}/evaluation";

    public string Certificate(string token) => $"{BaseUrl}/training/bookings/{token}/certificate";
}
