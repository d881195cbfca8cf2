using System.Globalization;
using System.Security.Cryptography;

namespace PortalBench;

/// <summary>The authenticator app's side of the back office's two-factor sign-in, shared by the benchmarks that sign in.</summary>
public static class Totp
{
    // RFC 6238 authenticator code (HMAC-SHA1, 30-second steps, 6 digits), as a phone app computes it.
    public static string Code(string base32Key)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var key = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in base32Key.Replace(" ", "", StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant())
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                key.Add((byte)((buffer >> (bits - 8)) & 0xff));
                bits -= 8;
            }
        }

        var counter = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
        var message = new byte[8];
        for (var i = 7; i >= 0; i--)
        {
            message[i] = (byte)(counter & 0xff);
            counter >>= 8;
        }

#pragma warning disable CA5350 // RFC 6238 authenticator codes are defined over HMAC-SHA1; this reproduces what a phone app computes.
        var hash = HMACSHA1.HashData(key.ToArray(), message);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }
}
