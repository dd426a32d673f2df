using System.Globalization;
using SalesOpsAr.Worker.Cli;
using SalesOpsAr.Worker.Configuration;
using SalesOpsAr.Worker.Hosting;
using Serilog;

if (args is [HealthProbe.Command, ..])
{
    return await HealthProbe.RunAsync(args);
}

Log.Logger = new LoggerConfiguration().WriteTo.Console(formatProvider: CultureInfo.InvariantCulture).CreateBootstrapLogger();
try
{
    var command = args is [SweepCommand.Command, ..];
    var builder = WebApplication.CreateBuilder(command ? [] : args);
    if (command)
    {
        builder.Configuration.AddInMemoryCollection([new("Serilog:MinimumLevel:Default", "Warning")]); // the summary speaks
    }

    builder.AddSalesOpsAr();
    var app = builder.Build();
    if (ConfigurationCheck.Problems(app.Services) is { Count: > 0 } problems)
    {
        Log.Fatal("Invalid configuration, not starting:{NewLine}{Problems}", Environment.NewLine, string.Join(Environment.NewLine, problems.Select(p => "  - " + p)));
        return 1;
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
