using System.Globalization;
using SalesOpsAr.Workflow.Reconciling;
using SalesOpsAr.Worker.Cli;
using SalesOpsAr.Worker.Platform.Configuration;
using SalesOpsAr.Worker.Hosting;
using Serilog;

if (CommandLine.IsHelp(args))
{
    Console.WriteLine(CommandLine.Help);
    return 0;
}

if (CommandLine.UnknownCommand(args) is { } unknown)
{
    await Console.Error.WriteLineAsync($"Unknown command '{unknown}'.{Environment.NewLine}{Environment.NewLine}{CommandLine.Help}");
    return 2;
}

if (args is [HealthProbe.Command, ..])
{
    return await HealthProbe.RunAsync(args);
}

Log.Logger = new LoggerConfiguration().WriteTo.Console(formatProvider: CultureInfo.InvariantCulture).CreateBootstrapLogger();
try
{
    var command = CommandLine.IsHostCommand(args);
    // The app's own folder, not the working directory: appsettings.json (and the log levels in it) is found
    // wherever the binary is started from.
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = command ? [] : args, ContentRootPath = AppContext.BaseDirectory });
    if (command)
    {
        builder.Configuration.AddInMemoryCollection([new("Serilog:MinimumLevel:Default", "Warning")]); // the command's output speaks
    }

    builder.AddSalesOpsAr(hosted: !command);
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

    if (args is [ReplayCommand.Command, ..])
    {
        return await ReplayCommand.RunAsync(app.Services.GetRequiredService<ArRules>(), args, Console.Out);
    }

    if (args is [SetupCommand.Command, ..])
    {
        return await SetupCommand.RunAsync(app.Services, args, Console.Out);
    }

    if (command)
    {
        return await SweepCommand.RunAsync(app.Services, args, Console.Out);
    }

    app.MapSalesOpsAr();
    await app.RunAsync();
    return 0;
}
catch (Exception e) when (e is not HostAbortedException)
{
    Log.Fatal(e, "The service stopped unexpectedly");
    return 2;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>The entry point, visible to <c>WebApplicationFactory</c> in tests.</summary>
public partial class Program;
