namespace SalesOpsAr.Worker.Cli;

/// <summary>The binary's commands; with none, it runs the service.</summary>
internal static class CommandLine
{
    public const string Help = """
        SalesOpsAr.Worker: runs GitLab's Sales Ops access-request workflow.

        Usage:
          SalesOpsAr.Worker                       run the service (roles from Roles=receiver,reconciler,sweeper)
          SalesOpsAr.Worker sweep --once [--dry-run]   one sweep now, then exit
          SalesOpsAr.Worker validate-config       print every configuration problem (exit 1 if any)
          SalesOpsAr.Worker replay FILE...        show the plan for webhook payload files (dry-run)
          SalesOpsAr.Worker setup [--dry-run]     create or update the workflow's labels and board in GitLab
          SalesOpsAr.Worker healthcheck [URL]     exit 0 when the service answers /health/live
          SalesOpsAr.Worker COMMAND --help        help for one command

        Configuration: environment variables (GitLab__Token, Workflow__Dris__0, …); see docs/operations.md.
        """;

    public static bool IsHelp(string[] args) => args is ["--help" or "-h" or "help"];

    /// <summary>
    /// The first argument when it is a word no command answers to (a misspelt command must not start the service);
    /// null for none, a known command, or host settings (<c>--urls …</c>, <c>Key=value</c>).
    /// </summary>
    public static string? UnknownCommand(string[] args) =>
        args is [var first, ..] && !first.StartsWith('-') && !first.Contains('=', StringComparison.Ordinal)
        && first is not (SweepCommand.Command or ValidateConfigCommand.Command or ReplayCommand.Command or HealthProbe.Command or SetupCommand.Command)
            ? first
            : null;

    /// <summary>Commands that need the configured services but not the web host.</summary>
    public static bool IsHostCommand(string[] args) =>
        args is [SweepCommand.Command or ValidateConfigCommand.Command or ReplayCommand.Command or SetupCommand.Command, ..];
}
