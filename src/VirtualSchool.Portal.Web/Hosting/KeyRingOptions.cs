namespace VirtualSchool.Portal.Web.Hosting;

/// <summary>
/// <c>Portal:DataProtection</c>: a certificate that encrypts the data-protection keys written to the shared data
/// folder. The keys sign the sign-in cookies, so without it whoever can read the folder can forge a sign-in.
/// </summary>
public sealed class KeyRingOptions
{
    public const string Section = "Portal:DataProtection";

    /// <summary>A PKCS#12 file (.pfx) with the certificate and its private key; every node needs the same one.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The file's password (a secret: give it from the environment or a vault).</summary>
    public string? CertificatePassword { get; set; }
}
