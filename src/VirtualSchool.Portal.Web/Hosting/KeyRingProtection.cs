using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.Options;

namespace VirtualSchool.Portal.Web.Hosting;

/// <summary>
/// Encrypts the key ring to the configured certificate, read from configuration when the host starts. ASP.NET
/// Core's <c>ProtectKeysWithCertificate</c> needs the certificate while services are registered, before the
/// host's configuration (environment, tests) is complete, so the encryptor and decryptor here take it from
/// options instead; the XML is the same W3C encrypted XML that the framework writes.
/// </summary>
public static class KeyRingProtection
{
    public static IServiceCollection AddKeyRingProtection(this IServiceCollection services)
    {
        services.AddOptions<KeyRingOptions>().BindConfiguration(KeyRingOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<KeyRingOptions>, Validation>();
        services.AddSingleton<KeyRingCertificate>();
        services.AddOptions<KeyManagementOptions>().Configure<KeyRingCertificate>((o, certificate) =>
        {
            if (certificate.Value is not null)
            {
                o.XmlEncryptor = new Encryptor(certificate.Value);
            }
        });
        return services;
    }

    internal static X509Certificate2 Load(KeyRingOptions options) =>
        X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath!, options.CertificatePassword, X509KeyStorageFlags.EphemeralKeySet);

    /// <summary>The configured certificate, loaded once; null when none is configured.</summary>
    public sealed class KeyRingCertificate(IOptions<KeyRingOptions> options) : IDisposable
    {
        private readonly Lazy<X509Certificate2?> _certificate = new(() => options.Value.CertificatePath is { Length: > 0 } ? Load(options.Value) : null);

        public X509Certificate2? Value => _certificate.Value;

        public void Dispose()
        {
            if (_certificate.IsValueCreated)
            {
                _certificate.Value?.Dispose();
            }
        }
    }

    private sealed class Encryptor(X509Certificate2 certificate) : IXmlEncryptor
    {
        public EncryptedXmlInfo Encrypt(XElement plaintextElement)
        {
            var document = new XmlDocument();
            using (var reader = plaintextElement.CreateReader())
            {
                document.Load(reader);
            }

            var encrypted = new EncryptedXml().Encrypt(document.DocumentElement!, certificate);
            return new EncryptedXmlInfo(XElement.Parse(encrypted.GetXml().OuterXml), typeof(Decryptor));
        }
    }

    /// <summary>Made by the key manager, by the type name stored with each key, through its constructor taking the service provider.</summary>
    public sealed class Decryptor(IServiceProvider services) : IXmlDecryptor
    {
        public XElement Decrypt(XElement encryptedElement)
        {
            var certificate = services.GetRequiredService<KeyRingCertificate>().Value
                ?? throw new CryptographicException("A data-protection key is encrypted, but Portal:DataProtection:CertificatePath is not set.");
            var document = new XmlDocument();
            using (var reader = new XElement("root", encryptedElement).CreateReader())
            {
                document.Load(reader);
            }

            new WithCertificate(document, certificate).DecryptDocument();
            using var decrypted = new XmlNodeReader(document.DocumentElement!.FirstChild!);
            return XElement.Load(decrypted);
        }
    }

    /// <summary>Finds the session key's decryption key in the configured certificate rather than a certificate store.</summary>
    private sealed class WithCertificate(XmlDocument document, X509Certificate2 certificate) : EncryptedXml(document)
    {
        public override byte[]? DecryptEncryptedKey(EncryptedKey encryptedKey)
        {
            ArgumentNullException.ThrowIfNull(encryptedKey);
            var ours = encryptedKey.KeyInfo.OfType<KeyInfoX509Data>()
                .SelectMany(data => data.Certificates?.OfType<X509Certificate2>() ?? [])
                .Any(c => c.Thumbprint == certificate.Thumbprint);
            if (!ours || encryptedKey.CipherData.CipherValue is null)
            {
                return base.DecryptEncryptedKey(encryptedKey);
            }

            using var rsa = certificate.GetRSAPrivateKey() ?? throw new CryptographicException("The key-ring certificate has no RSA private key.");
            return DecryptKey(encryptedKey.CipherData.CipherValue, rsa, encryptedKey.EncryptionMethod?.KeyAlgorithm == XmlEncRSAOAEPUrl);
        }
    }

    private sealed class Validation : IValidateOptions<KeyRingOptions>
    {
        public ValidateOptionsResult Validate(string? name, KeyRingOptions options)
        {
            if (options.CertificatePath is not { Length: > 0 })
            {
                return ValidateOptionsResult.Success;
            }

            try
            {
                using var certificate = Load(options);
                using var rsa = certificate.GetRSAPrivateKey();
                return rsa is not null
                    ? ValidateOptionsResult.Success
                    : ValidateOptionsResult.Fail($"{KeyRingOptions.Section}:CertificatePath: the certificate in {options.CertificatePath} has no RSA private key");
            }
            catch (Exception ex) when (ex is CryptographicException or IOException or UnauthorizedAccessException)
            {
                return ValidateOptionsResult.Fail($"{KeyRingOptions.Section}:CertificatePath: {options.CertificatePath} could not be read as a .pfx with Portal:DataProtection:CertificatePassword ({ex.Message})");
            }
        }
    }
}
