using System.Globalization;
using Microsoft.Extensions.Options;
using SalesOpsAr.GitLab;
using SalesOpsAr.GitLab.Api;
using SalesOpsAr.Worker.Platform.Configuration;
using SalesOpsAr.Worker.Features.Sweeping;

namespace SalesOpsAr.Worker.Cli;

/// <summary><c>sweep --once [--dry-run]</c>: one sweep with the service's configuration, a summary, an exit code.</summary>
internal static class SweepCommand
{
    public const string Command = "sweep";

    public const string Help = """
        Usage: SalesOpsAr.Worker sweep --once [--dry-run]

        Runs one sweep with the service's configuration (environment, appsettings.json) and exits:
        reconciles Sales Ops ARs changed since the last sweep, flags unassigned, stale, out-of-office and
        long-held ARs, and sends the nudges that are due (GitLab notes, email, Slack).

          --once      required: run one sweep now (the service itself sweeps on Sweep__Interval)
          --dry-run   decide and print everything, write nothing (also when DryRun=true)

        A sweep reads the ARs from GitLab, so it needs GitLab__Token (a read is enough for --dry-run) and
        GitLab__ProjectIds__0, even with --dry-run. Without a GitLab, watch sweeps and their nudges in the
        demo (`dotnet run --project tools/SalesOpsAr.Demo` from the repository), or see a webhook's plan with
        `SalesOpsAr.Worker replay FILE`.

        Exit codes: 0 every AR handled; 1 the sweep ran, but some ARs could not be handled (listed; the next
        sweep tries them again); 2 wrong usage or no GitLab__Token; 3 GitLab unreachable or the token refused,
        so nothing was swept.
        """;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, CancellationToken cancellationToken = default)
    {
        if (args.Contains("--help") || args.Contains("-h"))
        {
            await output.WriteLineAsync(Help);
            return 0;
        }

        if (!args.Contains("--once") || args.Skip(1).Any(a => a is not ("--once" or "--dry-run")))
        {
            await output.WriteLineAsync(Help);
            return 2;
        }

        var gitLab = services.GetRequiredService<IOptions<GitLabOptions>>().Value;
        if (!services.GetRequiredService<RunMode>().CanRead)
        {
            await output.WriteLineAsync("sweep: GitLab__Token is not set; a sweep, even with --dry-run, reads the ARs from GitLab and needs it. Without a GitLab, watch sweeps and nudges in the demo (`dotnet run --project tools/SalesOpsAr.Demo` from the repository), or try `replay FILE` on a webhook payload.");
            return 2;
        }

        if (gitLab.ProjectIdList.Count == 0)
        {
            await output.WriteLineAsync("sweep: GitLab__ProjectIds__0 is not set; name the access-request project to sweep.");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        try
        {
            var bot = await scope.ServiceProvider.GetRequiredService<IGitLabClient>().GetCurrentUserAsync(cancellationToken);
            var summary = await scope.ServiceProvider.GetRequiredService<Sweeper>().RunOnceAsync(args.Contains("--dry-run"), cancellationToken);
            await output.WriteLineAsync(Render(summary, bot.Username));
            return summary.Failures.Count > 0 ? 1 : 0;
        }
        catch (GitLabApiException e) when (e.IsAuthenticationFailure)
        {
            await output.WriteLineAsync($"sweep: GitLab at {gitLab.BaseUrl} refused the token ({(int)e.StatusCode!}): check GitLab__Token and that the bot can see the project.");
            return 3;
        }
        catch (GitLabException e)
        {
            await output.WriteLineAsync($"sweep: GitLab at {gitLab.BaseUrl} is unreachable or failing: {e.Message}");
            return 3;
        }
    }

    internal static string Render(SweepSummary summary, string bot)
    {
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"Sweep as {bot}{(summary.DryRun ? " (dry-run: nothing written)" : "")}, {summary.Duration.TotalSeconds:0.0} s"),
            string.Create(CultureInfo.InvariantCulture, $"  ARs seen:      {summary.ArsSeen}"),
            string.Create(CultureInfo.InvariantCulture, $"  ARs changed:   {summary.ArsChanged}{(summary.DryRun ? " (would be)" : "")}"),
            string.Create(CultureInfo.InvariantCulture, $"  ARs flagged:   {summary.ArsFlagged}"),
            string.Create(CultureInfo.InvariantCulture, $"  ARs failed:    {summary.Failures.Count}{(summary.Failures.Count > 0 ? " (tried again at the next sweep)" : "")}"),
            "  nudges sent:   " + (summary.NudgesSent.Count == 0 ? "none" : string.Join(", ", summary.NudgesSent.Select(kv => $"{kv.Key} {kv.Value}"))),
            string.Create(CultureInfo.InvariantCulture, $"  GitLab calls:  {summary.GitLabCalls}"),
            string.Create(CultureInfo.InvariantCulture, $"  CPU time:      {System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:0.00} s (this process, start-up included)"),
        };
        if (summary.FailedChannels.Count > 0)
        {
            lines.Add("  failed:        " + string.Join(", ", summary.FailedChannels) + " (retried at the next sweep)");
        }

        lines.AddRange(summary.Failures.Select(f => $"  ! #{f.Ar.Iid} {f.Ar.Title} ({f.Step}): {f.Reason}"));
        lines.AddRange(summary.Flagged.Select(f => "  " + f));
        return string.Join(Environment.NewLine, lines);
    }
}
