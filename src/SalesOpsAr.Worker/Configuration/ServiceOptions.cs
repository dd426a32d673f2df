namespace SalesOpsAr.Worker.Configuration;

/// <summary>Top-level switches: which roles this process runs and whether it writes anything.</summary>
public sealed class ServiceOptions
{
    /// <summary>Comma-separated: receiver, reconciler, sweeper.</summary>
    public string Roles { get; set; } = "receiver,reconciler,sweeper";

    /// <summary>Decide and log everything, write nothing (also forced when no GitLab token is set).</summary>
    public bool DryRun { get; set; }

    public Roles ParsedRoles => ParseRoles(Roles, out _);

    /// <summary>
    /// The roles configuration asks for, read leniently (unknown words ignored): for decisions made before
    /// or beside validation, which reports a wrong <c>Roles</c> itself.
    /// </summary>
    public static Roles RolesIn(IConfiguration configuration) =>
        ParseRoles(configuration["Roles"] ?? new ServiceOptions().Roles, out _);

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
            else if (Enum.TryParse<Roles>(part, ignoreCase: true, out var role) && role != Configuration.Roles.None)
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
