using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Infrastructure;

namespace VirtualSchool.Portal.Web.Security;

/// <summary>
/// Antiforgery for the public site's anonymous forms (feedback), as a signed double-submit cookie (OWASP's
/// recommended stateless pattern): the browser holds a random value in an HttpOnly, SameSite=Strict cookie,
/// and each form carries an HMAC-SHA256 of that value under a server key. Another site can neither read the
/// cookie nor compute the token. It costs one HMAC per page, where ASP.NET Core's antiforgery costs two
/// data-protection operations, which matters because every public page carries a form (see
/// docs/decisions/0005). Signed-in areas use ASP.NET Core's antiforgery, which also binds the user.
/// </summary>
public sealed class FormTokens : IDisposable
{
    public const string CookieName = "vsp.form";
    public const string FieldName = "__RequestVerificationToken";
    public const string HeaderName = "RequestVerificationToken";
    private const int CookieBytes = 16;
    private static readonly byte[] Purpose = Encoding.ASCII.GetBytes("VirtualSchool.Portal.FormToken.v1:");
    private static readonly object ItemKey = new();
    private readonly byte[] _key;

    // One keyed HMAC per thread, reset after each use: the key is set up once, not on every page (docs/decisions/0023).
    // Not tracked across threads: a thread-pool thread that retires takes its HMAC with it (freed by its finalizer),
    // where tracking every value would keep one for each thread the pool ever had.
    private readonly ThreadLocal<IncrementalHash> _macs;

    public FormTokens(PortalLocations locations, IOptions<PortalOptions> options)
    {
        _key = LoadKey(locations, options.Value);
        _macs = new ThreadLocal<IncrementalHash>(() => IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key));
    }

    public void Dispose() => _macs.Dispose();

    /// <summary>The token for forms on this response; sets the cookie when the browser has none.</summary>
    public string GetToken(HttpContext context)
    {
        if (context.Items.TryGetValue(ItemKey, out var existing) && existing is string token)
        {
            return token;
        }

        var secret = ReadCookie(context);
        if (secret is null)
        {
            secret = new byte[CookieBytes];
            RandomBytes.Fill(secret);
            context.Response.Cookies.Append(CookieName, Base64Url.EncodeToString(secret), new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Secure = context.Request.IsHttps,
                Path = "/",
                IsEssential = true,
            });
        }

        token = Base64Url.EncodeToString(Sign(secret));
        context.Items[ItemKey] = token;
        return token;
    }

    /// <summary>True when the submitted token was made for this browser's cookie.</summary>
    public bool IsValid(HttpContext context, string? submitted)
    {
        var secret = ReadCookie(context);
        if (secret is null || string.IsNullOrEmpty(submitted) || submitted.Length > 64)
        {
            return false;
        }

        Span<byte> given = stackalloc byte[48];
        if (Base64Url.DecodeFromChars(submitted, given, out _, out var written) != System.Buffers.OperationStatus.Done || written != 32)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(given[..written], Sign(secret));
    }

    /// <summary>
    /// A signed time a form was shown (<c>ticks.signature</c>), for the forms' check that a person took a moment to fill
    /// it in: a bot that posts at once is thanked and nothing is kept. Not secret, but it cannot be forged or moved back.
    /// </summary>
    public string CreateStamp(DateTime utcNow)
    {
        var ticks = utcNow.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return ticks + "." + Base64Url.EncodeToString(SignStamp(ticks));
    }

    /// <summary>The time in a stamp made by <see cref="CreateStamp"/>, or null when it is missing, malformed or not ours.</summary>
    public DateTime? ReadStamp(string? stamp)
    {
        var dot = stamp?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (stamp is null || stamp.Length > 80 || dot <= 0
            || !long.TryParse(stamp.AsSpan(0, dot), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var ticks)
            || ticks > DateTime.MaxValue.Ticks)
        {
            return null;
        }

        Span<byte> given = stackalloc byte[48];
        if (Base64Url.DecodeFromChars(stamp.AsSpan(dot + 1), given, out _, out var written) != System.Buffers.OperationStatus.Done || written != 32)
        {
            return null;
        }

        return CryptographicOperations.FixedTimeEquals(given[..written], SignStamp(stamp[..dot])) ? new DateTime(ticks, DateTimeKind.Utc) : null;
    }

    private byte[] SignStamp(string ticks) => Mac(Encoding.ASCII.GetBytes("VirtualSchool.Portal.FormStamp.v1:" + ticks));

    private byte[] Sign(byte[] secret)
    {
        Span<byte> message = stackalloc byte[Purpose.Length + CookieBytes];
        Purpose.CopyTo(message);
        secret.CopyTo(message[Purpose.Length..]);
        return Mac(message);
    }

    private byte[] Mac(ReadOnlySpan<byte> message)
    {
        var mac = _macs.Value!;
        mac.AppendData(message);
        return mac.GetHashAndReset();
    }

    private static byte[]? ReadCookie(HttpContext context)
    {
        if (!context.Request.Cookies.TryGetValue(CookieName, out var value) || value is null || value.Length > 32)
        {
            return null;
        }

        var bytes = new byte[24];
        return Base64Url.DecodeFromChars(value, bytes, out _, out var written) == System.Buffers.OperationStatus.Done && written == CookieBytes
            ? bytes[..CookieBytes]
            : null;
    }

    /// <summary>
    /// The key comes from <c>Portal:Security:FormTokenKey</c> (base64, 32 bytes; give every node the same one)
    /// or else from a file made once in the data folder's <c>keys/</c>, beside the data-protection keys.
    /// </summary>
    private static byte[] LoadKey(PortalLocations locations, PortalOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.Security.FormTokenKey))
        {
            // Checked at start-up (Base64KeyAttribute), so this cannot fail here.
            return Convert.FromBase64String(options.Security.FormTokenKey.Trim());
        }

        var folder = Directory.CreateDirectory(Path.Combine(locations.DataPath, "keys"));
        var path = Path.Combine(folder.FullName, "form-token.key");
        if (File.Exists(path))
        {
            var stored = Convert.FromBase64String(File.ReadAllText(path).Trim());
            if (stored.Length >= 32)
            {
                return stored;
            }
        }

        var key = RandomNumberGenerator.GetBytes(32);
        var temporary = path + ".new";
        File.WriteAllText(temporary, Convert.ToBase64String(key));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        try
        {
            // Two nodes starting together on a shared folder: the first key written wins, the other is read.
            File.Move(temporary, path, overwrite: false);
            return key;
        }
        catch (IOException)
        {
            File.Delete(temporary);
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }
    }
}
