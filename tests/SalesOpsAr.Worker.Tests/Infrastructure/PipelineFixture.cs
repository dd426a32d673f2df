namespace SalesOpsAr.Worker.Tests.Infrastructure;

/// <summary>One service on the real broker, a fake GitLab wired to deliver webhooks to it; per test.</summary>
public abstract class PipelineFixture : IAsyncLifetime
{
    protected FakeGitLab GitLab { get; } = new();

    protected BrokerScope Broker { get; private set; } = null!;

    protected WorkerHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Broker = await BrokerScope.CreateAsync();
        Host = new WorkerHost(Configure(WorkerHost.Settings(GitLab, Broker)));
        GitLab.WebhookUrl = Host.WebhookUrl;
        GitLab.WebhookSecret = WorkerHost.WebhookSecret;
    }

    public async Task DisposeAsync()
    {
        if (Environment.GetEnvironmentVariable("SALESOPSAR_TEST_DUMP_LOGS") == "1")
        {
            Console.Error.WriteLine(Host.Logs.All());
        }

        await Host.DisposeAsync();
        await Broker.DisposeAsync();
        GitLab.Dispose();
    }

    /// <summary>Waits until the service has done everything the events so far caused (bus idle, no echo on its way).</summary>
    protected Task Idle() => Host.IdleAsync(GitLab);

    protected virtual Dictionary<string, string?> Configure(Dictionary<string, string?> settings) => settings;

    protected static Task<IReadOnlyList<string>> LabelsBecome(FakeIssue issue, params string[] expected) =>
        Eventually.Until(issue.LabelsNow, l => expected.All(l.Contains) && l.Count(x => x.StartsWith("SalesOpsAR::", StringComparison.Ordinal)) == expected.Count(e => e.StartsWith("SalesOpsAR::", StringComparison.Ordinal)), $"labels [{string.Join(", ", expected)}]");

    protected static Task<IReadOnlyList<FakeNote>> NotesBecome(FakeIssue issue, int count) =>
        Eventually.Until(issue.BotNotes, n => n.Count >= count, $"{count} note(s)");
}
