using System.ComponentModel.DataAnnotations;

namespace SalesOpsAr.Worker.Features.Notifying;

/// <summary>The <c>Notifications:Smtp</c> section.</summary>
public sealed class SmtpOptions
{
    /// <summary>Empty ⇒ email off.</summary>
    public string Host { get; set; } = "";

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    public string From { get; set; } = "";
    public string Username { get; set; } = "";

    /// <summary>A secret: never logged.</summary>
    public string Password { get; set; } = "";

    /// <summary>STARTTLS (or TLS on port 465); off only for a local relay or a test sink.</summary>
    public bool UseTls { get; set; } = true;
}
