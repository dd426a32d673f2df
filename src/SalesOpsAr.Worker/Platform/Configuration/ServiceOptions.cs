namespace SalesOpsAr.Worker.Platform.Configuration;

/// <summary>Top-level switches: which roles this process runs and whether it writes anything. Read through <see cref="RunMode"/>.</summary>
public sealed class ServiceOptions
{
    public const string DefaultRoles = "receiver,reconciler,sweeper";

    /// <summary>Comma-separated: receiver, reconciler, sweeper (or all).</summary>
    public string Roles { get; set; } = DefaultRoles;

    /// <summary>Decide and log everything, write nothing (also forced when no GitLab token is set).</summary>
    public bool DryRun { get; set; }

    /// <param name="unknown">The first word that names no role, or null.</param>
    public static Roles ParseRoles(string? text, out string? unknown)
    {
        unknown = null;
        var roles = Configuration.Roles.None;
        foreach (var part in (text ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            if (string.Equals(part, "all", StringComparison.OrdinalIgnoreCase))
            {
                roles |= Configuration.Roles.All;
            }
            else if (Enum.TryParse<Roles>(part, ignoreCase: true, out var role) && role != Configuration.Roles.None && Enum.IsDefined(role))
            {
                roles |= role;
            }
            else
            {
                unknown ??= part;
            }
        }

        return roles;
    }
}
