namespace SalesOpsAr.Demo;

/// <summary>
/// <c>dotnet run --project tools/SalesOpsAr.Demo</c>: the whole product in about a minute, no GitLab needed.
/// (Not top-level statements: the service's own <c>Program</c> is the one the host starts.)
/// </summary>
internal static class DemoProgram
{
    /// <param name="args"><c>--serve</c>: after the day, keep the service up (status page, metrics) until Enter or Ctrl+C.</param>
    public static async Task<int> Main(string[] args)
    {
        Console.WriteLine("SalesOpsAr demo: the real service, a simulated GitLab and Slack, a scripted day of a Sales Ops team.");
        await using var day = new DemoDay(Console.Out);
        var exit = await day.RunAsync();
        if (args.Contains("--serve"))
        {
            await day.ServeAsync();
        }
        else
        {
            Console.WriteLine("The status page and /metrics went away with the demo; to look at them in a browser, run it with `-- --serve`.");
        }

        return exit;
    }
}
