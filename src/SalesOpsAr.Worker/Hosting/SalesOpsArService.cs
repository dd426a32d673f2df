using System.Globalization;
using SalesOpsAr.Worker.Platform.Configuration;
using Serilog;

namespace SalesOpsAr.Worker.Hosting;

/// <summary>
/// Runs the service: builds it (<see cref="SalesOpsArBuilderExtensions.AddSalesOpsAr"/>), refuses to start on invalid
/// configuration (exit 1, every problem named with its key), maps its endpoints and runs until stopped. Exit 2 when it
/// stops on an unexpected error, 3 when one of its background parts failed for good and stopped it.
/// </summary>
internal static class SalesOpsArService
{
    public static async Task<int> RunAsync(string[] args)
    {
        Log.Logger = new LoggerConfiguration().WriteTo.Console(formatProvider: CultureInfo.InvariantCulture).CreateBootstrapLogger();
        try
        {
            // The app's own folder, not the working directory: appsettings.json (and the log levels in it) is found
            // wherever the binary is started from.
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
            builder.AddSalesOpsAr();
            var app = builder.Build();
            if (ConfigurationCheck.Problems(app.Services) is { Count: > 0 } problems)
            {
                Log.Fatal("Invalid configuration, not starting:{NewLine}{Problems}", Environment.NewLine, string.Join(Environment.NewLine, problems.Select(p => "  - " + p)));
                return 1;
            }

            app.MapSalesOpsAr();
            var parts = app.Services.GetServices<IHostedService>().OfType<BackgroundService>().ToList(); // before the run disposes them
            await app.RunAsync();

            // A part that failed for good stops the host (BackgroundServiceExceptionBehavior.StopHost): not a clean stop.
            var failed = parts.Where(s => s.ExecuteTask is { IsFaulted: true }).ToList();
            if (failed.Count > 0)
            {
                Log.Fatal(failed[0].ExecuteTask!.Exception!.GetBaseException(), "The service stopped because {Part} failed", failed[0].GetType().Name);
                return 3;
            }

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
    }
}
