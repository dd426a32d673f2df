using SalesOpsAr.GitLab;

namespace SalesOpsAr.Worker.Platform.Configuration;

/// <summary>
/// What this process is, decided once from configuration before any service is registered: its roles, its
/// transport, whether it can read GitLab (a token) and whether it may write. Read leniently: a wrong value
/// falls back to the default here and is reported, with its key, by the validation that runs next.
/// </summary>
/// <param name="Hosted">The service runs (its bus among it); false for a command such as <c>sweep --once</c>.</param>
public sealed record RunMode(Roles Roles, TransportKind Transport, bool CanRead, bool DryRun, bool IsDevelopment, bool Hosted = true)
{
    /// <summary>The provisioning assistant is on (<c>Assistant:Enabled</c>, default true): runbook notes are owed on pickup.</summary>
    public bool Assists { get; init; } = true;

    /// <summary>Labels, notes and nudges are written only with a token and without <c>DryRun</c>.</summary>
    public bool CanWrite => CanRead && !DryRun;

    public bool Runs(Roles role) => (Roles & role) == role;

    /// <summary>
    /// Owed notes go on the notes queue when someone will consume it: a running service whose reconcilers (here, or
    /// behind the broker) take them. A command, or an in-memory bus without this process's reconciler, writes them at once.
    /// </summary>
    public bool QueuesNotes => Hosted && (Transport == TransportKind.RabbitMq || Runs(Roles.Reconciler));

    public static RunMode From(IConfiguration configuration, IHostEnvironment environment, bool hosted = true)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var canRead = !string.IsNullOrWhiteSpace(configuration[$"{GitLabOptions.Section}:{nameof(GitLabOptions.Token)}"]);
        var dryRun = bool.TryParse(configuration[nameof(ServiceOptions.DryRun)], out var d) && d;
        var transport = Enum.TryParse<TransportKind>(configuration["Transport:Kind"], ignoreCase: true, out var kind)
            ? kind : TransportKind.InMemory;
        return new RunMode(
            ServiceOptions.ParseRoles(configuration[nameof(ServiceOptions.Roles)] ?? ServiceOptions.DefaultRoles, out _),
            transport,
            canRead,
            dryRun || !canRead,
            environment.IsDevelopment(),
            hosted)
        {
            Assists = !bool.TryParse(configuration["Assistant:Enabled"], out var assists) || assists,
        };
    }
}
