using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Hosting;

/// <summary>
/// With a certificate configured, the data-protection keys in the shared data folder are encrypted to it, so
/// a copy of the folder alone cannot forge sign-in cookies; the keys still work after a restart.
/// </summary>
[Trait("Category", "Integration")]
public sealed class KeyRingProtectionTests
{
    private const string Password = "a test certificate password";

    private sealed class ProtectedPortal(string certificate) : PortalFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Portal:DataProtection:CertificatePath"] = certificate,
            ["Portal:DataProtection:CertificatePassword"] = Password,
        };
    }

    private static string CreateCertificate(string folder)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Virtual School key ring", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(folder, "key-ring.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        return path;
    }

    [Fact]
    public async Task Keys_are_written_encrypted_to_the_configured_certificate_and_read_back_after_a_restart()
    {
        var folder = Directory.CreateTempSubdirectory("vsp-keyring-").FullName;
        var certificate = CreateCertificate(folder);
        var data = Path.Combine(folder, "data");
        using (var first = new ProtectedPortal(certificate) { DataPath = data, KeepDataOnDispose = true })
        {
            var client = first.CreateBrowserlikeClient();
            // The set-up page's antiforgery token is the first use of data protection: it makes the key.
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/umbraco/setup")).StatusCode);
        }

        var keys = Directory.GetFiles(Path.Combine(data, "keys"), "key-*.xml");
        Assert.NotEmpty(keys);
        foreach (var key in keys)
        {
            var xml = await File.ReadAllTextAsync(key);
            Assert.Contains("encryptedSecret", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        }

        using var second = new ProtectedPortal(certificate) { DataPath = data };
        var restarted = second.CreateBrowserlikeClient();
        Assert.Equal(HttpStatusCode.OK, (await restarted.GetAsync("/umbraco/setup")).StatusCode);
        // Read back, not replaced: a key the node could not decrypt would have made it write a new one.
        Assert.Equal(keys.Order(), Directory.GetFiles(Path.Combine(data, "keys"), "key-*.xml").Order());
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void A_certificate_that_cannot_be_read_fails_the_start_naming_the_setting()
    {
        using var portal = new ProtectedPortal(Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.pfx"));

        var failure = Assert.ThrowsAny<Exception>(() => portal.CreateClient());

        Assert.Contains("Portal:DataProtection:CertificatePath", failure.ToString(), StringComparison.Ordinal);
    }
}
