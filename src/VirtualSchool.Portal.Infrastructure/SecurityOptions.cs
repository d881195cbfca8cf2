using System.ComponentModel.DataAnnotations;

namespace VirtualSchool.Portal.Infrastructure;

public sealed class SecurityOptions
{
    /// <summary>
    /// Base64 key (32 bytes or more) that signs the public site's form tokens. Give every node the same one;
    /// when empty, a key is made once in the data folder.
    /// </summary>
    [Base64Key(32, ErrorMessage = "Portal:Security:FormTokenKey must be base64 of at least 32 bytes (for example the output of `openssl rand -base64 32`).")]
    public string? FormTokenKey { get; set; }

    /// <summary>Sign-in, two-factor and invitation posts allowed from one address per minute.</summary>
    [Range(1, 10000)]
    public int SignInPermitsPerMinute { get; set; } = 20;
}
