using System.Globalization;
using Microsoft.Extensions.Options;
using SalesOpsAr.Worker.Hosting;
using Serilog;

Log.Logger = new LoggerConfiguration().WriteTo.Console(formatProvider: CultureInfo.InvariantCulture).CreateBootstrapLogger();
try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddSalesOpsAr();
    var app = builder.Build();
    app.MapSalesOpsAr();
    await app.RunAsync();
    return 0;
}
catch (OptionsValidationException e)
{
    Log.Fatal("Invalid configuration, not starting:{NewLine}{Problems}", Environment.NewLine, string.Join(Environment.NewLine, e.Failures.Select(f => "  - " + f)));
    return 1;
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
