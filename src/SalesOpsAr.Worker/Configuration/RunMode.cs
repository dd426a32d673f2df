using SalesOpsAr.GitLab;
using SalesOpsAr.Worker.Messaging;

namespace SalesOpsAr.Worker.Configuration;

/// <summary>
/// What this process is, decided once from configuration before any service is registered: its roles, its
/// transport, whether it can read GitLab (a token) and whether it may write. Read leniently: a wrong value
/// falls back to the default here and is reported, with its key, by the validation that runs next.
/// </summary>
public sealed record RunMode(Roles Roles, TransportKind Transport, bool CanRead, bool DryRun, bool IsDevelopment)
{
    /// <summary>Labels, notes and nudges are written only with a token and without <c>DryRun</c>.</summary>
    public bool CanWrite => CanRead && !DryRun;

    public bool Runs(Roles role) => (Roles & role) == role;

    public static RunMode From(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var canRead = !string.IsNullOrWhiteSpace(configuration[$"{GitLabOptions.Section}:{nameof(GitLabOptions.Token)}"]);
        var dryRun = bool.TryParse(configuration[nameof(ServiceOptions.DryRun)], out var d) && d;
        var transport = Enum.TryParse<TransportKind>(configuration[$"{TransportOptions.Section}:{nameof(TransportOptions.Kind)}"], ignoreCase: true, out var kind)
            ? kind : TransportKind.InMemory;
        return new RunMode(
            ServiceOptions.ParseRoles(configuration[nameof(ServiceOptions.Roles)] ?? ServiceOptions.DefaultRoles, out _),
            transport,
            canRead,
            dryRun || !canRead,
            environment.IsDevelopment());
    }
}
