using SalesOpsAr.Worker.Cli;
using SalesOpsAr.Worker.Hosting;

// A command (sweep --once, setup, replay, validate-config, healthcheck, --help) runs and exits; with none, the service runs.
return CommandLine.IsCommand(args)
    ? await CommandLine.RunAsync(args)
    : await SalesOpsArService.RunAsync(args);

/// <summary>The entry point, visible to <c>WebApplicationFactory</c> in tests.</summary>
public partial class Program;
