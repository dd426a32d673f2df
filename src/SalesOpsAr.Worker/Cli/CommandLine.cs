using System.Globalization;
using System.Runtime.InteropServices;
using SalesOpsAr.Workflow.Calendar;
using SalesOpsAr.Workflow.Reconciling;
using SalesOpsAr.Worker.Hosting;
using SalesOpsAr.Worker.Platform.Configuration;
using Serilog;

namespace SalesOpsAr.Worker.Cli;

/// <summary>
/// The binary's commands, with their own entry point (<see cref="RunAsync"/>): each builds the configured services
/// without the web host, runs once and exits with its documented code. Ctrl+C (or SIGTERM) cancels a running command,
/// which then exits 130.
/// </summary>
internal static class CommandLine
{
    /// <summary>The exit code of a command cancelled by Ctrl+C or SIGTERM (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;

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
          SalesOpsAr.Worker --version             print the version

        Configuration: environment variables (GitLab__Token, Workflow__Dris__0, …); see docs/operations.md.
        """;

    public static bool IsHelp(string[] args) => args is ["--help" or "-h" or "help"];

    public static bool IsVersion(string[] args) => args is ["--version" or "-v" or "version"];

    // What the service itself takes on its command line besides Section:Key settings: ASP.NET Core's own keys and the
    // top-level switches. Any other --flag is a mistake (a misspelt option must not start the service).
    private static readonly HashSet<string> HostKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "urls", "environment", "contentRoot", "applicationName", "Roles", "DryRun",
        "GitLab", "Workflow", "Transport", "Receiver", "Reconciler", "Sweep", "Notifications", "Assistant", "Status", "Management", "Salesforce", "Provisioning", "Scim", "Serilog", "Logging",
    };

    /// <summary>
    /// The first <c>--option</c> (or <c>-o</c>) that is neither a command's nor a setting of the service
    /// (<c>--urls …</c>, <c>--GitLab:Token=…</c>, <c>--Roles receiver</c>); null when every option is one.
    /// </summary>
    public static string? UnknownOption(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args is [var first, ..] && !first.StartsWith('-'))
        {
            return null; // a command (or a Key=value setting): the command checks its own options
        }

        foreach (var arg in args.Where(a => a.StartsWith('-')))
        {
            var key = arg.TrimStart('-').Split('=', 2)[0].Split(':', 2)[0].Split("__", 2)[0];
            if (arg.StartsWith("--", StringComparison.Ordinal) ? !HostKeys.Contains(key) : true)
            {
                return arg.Split('=', 2)[0];
            }
        }

        return null;
    }

    /// <summary>The arguments name a command (or ask for help or the version, or misspell one): <see cref="RunAsync"/> answers, not the service.</summary>
    public static bool IsCommand(string[] args) =>
        IsHelp(args) || IsVersion(args) || UnknownCommand(args) is not null || UnknownOption(args) is not null || args is [HealthProbe.Command, ..] || IsHostCommand(args);

    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (IsHelp(args))
        {
            Console.WriteLine(Help);
            return 0;
        }

        if (IsVersion(args))
        {
            Console.WriteLine($"SalesOpsAr.Worker {Platform.Telemetry.ServiceVersion.Current}");
            return 0;
        }

        if (UnknownCommand(args) is { } unknown)
        {
            await Console.Error.WriteLineAsync($"Unknown command '{unknown}'.{Environment.NewLine}{Environment.NewLine}{Help}");
            return 2;
        }

        if (UnknownOption(args) is { } option)
        {
            await Console.Error.WriteLineAsync($"Unknown option '{option}'.{Environment.NewLine}{Environment.NewLine}{Help}");
            return 2;
        }

        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCtrlC = (_, e) =>
        {
            e.Cancel = true; // let the command stop itself and say so
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCtrlC;
        using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
        {
            signal.Cancel = true;
            cancel.Cancel();
        });
        try
        {
            return args is [HealthProbe.Command, ..]
                ? await HealthProbe.RunAsync(args, cancel.Token)
                : await RunWithServicesAsync(args, cancel.Token);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync($"{args[0]}: cancelled.");
            return Cancelled;
        }
        finally
        {
            Console.CancelKeyPress -= onCtrlC;
        }
    }

    private static async Task<int> RunWithServicesAsync(string[] args, CancellationToken cancellationToken)
    {
        Log.Logger = new LoggerConfiguration().WriteTo.Console(formatProvider: CultureInfo.InvariantCulture).CreateBootstrapLogger();
        try
        {
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
            builder.Configuration.AddInMemoryCollection([new("Serilog:MinimumLevel:Default", "Warning")]); // the command's output speaks
            builder.AddSalesOpsAr(hosted: false);
            var app = builder.Build();
            var problems = ConfigurationCheck.Problems(app.Services);
            if (args is [ValidateConfigCommand.Command, ..])
            {
                return await ValidateConfigCommand.RunAsync(problems, args, Console.Out);
            }

            if (problems.Count > 0)
            {
                Log.Fatal("Invalid configuration, not starting:{NewLine}{Problems}", Environment.NewLine, string.Join(Environment.NewLine, problems.Select(p => "  - " + p)));
                return 1;
            }

            return args switch
            {
                [ReplayCommand.Command, ..] => await ReplayCommand.RunAsync(
                    app.Services.GetRequiredService<ArRules>(), args, Console.Out, app.Services.GetRequiredService<BusinessCalendar>().LocalDate(app.Services.GetRequiredService<TimeProvider>().GetUtcNow())),
                [SetupCommand.Command, ..] => await SetupCommand.RunAsync(app.Services, args, Console.Out, cancellationToken),
                _ => await SweepCommand.RunAsync(app.Services, args, Console.Out, cancellationToken),
            };
        }
        catch (Exception e) when (e is not (HostAbortedException or OperationCanceledException))
        {
            Log.Fatal(e, "The command stopped unexpectedly");
            return 2;
        }
        finally
        {
            await Log.CloseAndFlushAsync();
        }
    }

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
