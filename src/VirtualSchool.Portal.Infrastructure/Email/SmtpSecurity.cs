namespace VirtualSchool.Portal.Infrastructure.Email;

/// <summary>How the connection to the mail server is secured (<c>Portal:Smtp:Security</c>).</summary>
public enum SmtpSecurity
{
    /// <summary>TLS from the start on port 465; elsewhere STARTTLS when the server offers it, plain when it does not.</summary>
    Auto,

    /// <summary>STARTTLS, and no send at all if the server does not offer it.</summary>
    StartTls,

    /// <summary>TLS from the start (implicit TLS, usually port 465).</summary>
    SslOnConnect,

    /// <summary>No TLS: only for a relay on the same machine or a test server.</summary>
    None,
}
