using System.ComponentModel.DataAnnotations;

namespace VirtualSchool.Portal.Infrastructure.Email;

/// <summary>The <c>Portal:Smtp</c> section. With no <see cref="Host"/>, mail is written to files instead.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 25;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.Auto;

    /// <summary>
    /// The longest the connection (and the TLS handshake and greeting) may take; the whole send is bounded by
    /// <c>Portal:Email:SendTimeoutSeconds</c>.
    /// </summary>
    [Range(1, 600)]
    public int ConnectTimeoutSeconds { get; set; } = 15;

    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "virtual.school@localhost";
    public string FromName { get; set; } = "Virtual School";
}
