using System.Diagnostics;

namespace SalesOpsAr.Worker.Tests.Infrastructure;

/// <summary>Stops and starts the real broker's application (the node stays up), as an outage would.</summary>
public static class BrokerNode
{
    public static Task StopAsync() => CtlAsync("stop_app");

    public static async Task StartAsync()
    {
        await CtlAsync("start_app");
        await CtlAsync("await_startup");
    }

    private static async Task CtlAsync(string command)
    {
        var start = new ProcessStartInfo("rabbitmqctl", $"-q {command}") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["RABBITMQ_NODENAME"] = TestServices.RabbitMqNode;
        using var process = Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"rabbitmqctl {command} failed: {error}");
        }
    }
}
