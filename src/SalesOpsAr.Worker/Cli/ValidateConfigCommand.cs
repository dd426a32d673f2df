namespace SalesOpsAr.Worker.Cli;

/// <summary><c>validate-config</c>: checks the configuration as the service would at start, prints every problem.</summary>
internal static class ValidateConfigCommand
{
    public const string Command = "validate-config";

    public const string Help = """
        Usage: SalesOpsAr.Worker validate-config

        Reads the configuration exactly as the service does (appsettings.json, environment variables) and
        prints every problem, one per line, naming the key. Exit code 0 when valid, 1 when not.
        """;

    public static async Task<int> RunAsync(IReadOnlyList<string> problems, string[] args, TextWriter output)
    {
        if (args.Contains("--help") || args.Contains("-h"))
        {
            await output.WriteLineAsync(Help);
            return 0;
        }

        if (problems.Count == 0)
        {
            await output.WriteLineAsync("Configuration is valid.");
            return 0;
        }

        await output.WriteLineAsync($"{problems.Count} configuration problem(s):");
        foreach (var problem in problems)
        {
            await output.WriteLineAsync("  - " + problem);
        }

        return 1;
    }
}
