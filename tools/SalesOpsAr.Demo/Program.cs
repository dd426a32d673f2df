namespace SalesOpsAr.Demo;

/// <summary>
/// <c>dotnet run --project tools/SalesOpsAr.Demo</c>: the whole product in about a minute, no GitLab needed.
/// (Not top-level statements: the service's own <c>Program</c> is the one the host starts.)
/// </summary>
internal static class DemoProgram
{
    public static async Task<int> Main()
    {
        Console.WriteLine("SalesOpsAr demo: the real service, a simulated GitLab and Slack, a scripted day of a Sales Ops team.");
        await using var day = new DemoDay(Console.Out);
        return await day.RunAsync();
    }
}
