using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Worker.Tests.Observability;

/// <summary>
/// Runs alone: OpenTelemetry listens to meters by name, process-wide, so another host alive in the same test
/// process would add its counts to this host's scrape.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneInTheProcess
{
    public const string Name = "alone in the test process";
}

/// <summary>/metrics in Prometheus format shows what the service did.</summary>
[Collection(AloneInTheProcess.Name)]
public sealed class MetricsTests : IDisposable
{
    private readonly FakeGitLab _gitLab = new();

    public void Dispose() => _gitLab.Dispose();

    [Fact]
    public async Task Metrics_AfterAnEvent_ShowWebhookTransitionCallsAndLatency()
    {
        await using var host = WorkerHost.Wired(_gitLab);
        var ar = _gitLab.AddIssue(4242, 40, Ars.Template, labels: [Ars.ActionNeeded]);
        using (await _gitLab.PersonEditsAsync(ar, "jdoe", i => i.Assignees.Add("jdoe")))
        {
            await Eventually.Until(ar.BotNotes, n => n.Count == 1, "the bot's note");
        }

        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var metrics = await Eventually.Until(
            () => http.GetStringAsync("/metrics").GetAwaiter().GetResult(),
            m => m.Contains("salesopsar_transitions_total", StringComparison.Ordinal),
            "the transition in /metrics");

        try
        {
            Assert.Matches("salesopsar_webhooks_total\\{[^}]*outcome=\"queued\"[^}]*\\} 1\\b", metrics);
            Assert.Matches("salesopsar_reconciled_total\\{[^}]*outcome=\"applied\"[^}]*\\} 1\\b", metrics);
            Assert.Matches("salesopsar_transitions_total\\{[^}]*from=\"ActionNeeded\"[^}]*to=\"InProgress\"[^}]*\\} 1\\b", metrics);
            Assert.Matches("salesopsar_gitlab_calls_total\\{[^}]*endpoint=\"PUT /projects/:id/issues/:iid\"[^}]*status=\"200\"[^}]*\\} 1\\b", metrics);
            Assert.Contains("salesopsar_receive_to_enqueue_seconds_bucket", metrics, StringComparison.Ordinal);
            Assert.Contains("salesopsar_enqueue_to_applied_seconds_count", metrics, StringComparison.Ordinal);
        }
        catch (Xunit.Sdk.XunitException e)
        {
            throw new Xunit.Sdk.XunitException($"{e.Message}\n--- the scrape ---\n{string.Join('\n', metrics.Split('\n').Where(l => l.StartsWith("salesopsar_", StringComparison.Ordinal)))}");
        }
    }
}
