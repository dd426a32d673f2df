using Microsoft.Extensions.DependencyInjection;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Worker.Tests.Platform.Telemetry;

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
            Assert.Contains("salesopsar_enqueue_to_applied_seconds_bucket{le=\"0.05\"", metrics.Replace(",otel_scope_name=\"SalesOpsAr.Worker\"", "", StringComparison.Ordinal).Replace("{otel_scope_name=\"SalesOpsAr.Worker\",", "{", StringComparison.Ordinal), StringComparison.Ordinal); // seconds, not the default buckets
            Assert.Matches("salesopsar_notes_posted_total\\{[^}]*kind=\"change\"[^}]*\\} 1\\b", metrics);
            Assert.Matches("salesopsar_ar_time_to_pickup_hours_count\\{[^}]*clock=\"business\"[^}]*\\} 1\\b", metrics);
            Assert.Matches("target_info\\{[^}]*service_name=\"salesopsar-worker\"", metrics);
        }
        catch (Xunit.Sdk.XunitException e)
        {
            throw new Xunit.Sdk.XunitException($"{e.Message}\n--- the scrape ---\n{string.Join('\n', metrics.Split('\n').Where(l => l.StartsWith("salesopsar_", StringComparison.Ordinal) || l.StartsWith("target_info", StringComparison.Ordinal)))}");
        }
    }

    [Fact]
    public async Task Metrics_AfterASweep_ShowTheBoard_FlagsOldestAgeAndLoad()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
        _gitLab.Clock = clock;
        var settings = WorkerHost.Settings(_gitLab, broker: null);
        await using var host = new WorkerHost(settings, services => services.AddSingleton<TimeProvider>(clock));
        var monday = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
        foreach (var (iid, label, assignee) in new[] { (41L, Ars.ActionNeeded, (string?)null), (42L, Ars.InProgress, "jdoe"), (43L, Ars.InProgress, "jdoe") })
        {
            var ar = _gitLab.AddIssue(4242, iid, Ars.TemplateCcd, labels: [label], assignees: assignee is null ? [] : [assignee]);
            ar.CreatedAt = ar.UpdatedAt = monday;
            _gitLab.AddLabelEvent(ar, "onboarding-bot", label, "add", monday);
        }

        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SalesOpsAr.Worker.Features.Sweeping.Sweeper>().RunOnceAsync(dryRun: true, CancellationToken.None);
        }

        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var metrics = await http.GetStringAsync("/metrics");
        try
        {
            Assert.Matches("salesopsar_open_ars\\{[^}]*state=\"InProgress\"[^}]*\\} 2\\b", metrics);
            Assert.Matches("salesopsar_open_ars\\{[^}]*state=\"OnHold\"[^}]*\\} 0\\b", metrics);
            Assert.Matches("salesopsar_flagged_ars\\{[^}]*flag=\"Unassigned\"[^}]*\\} 1\\b", metrics);
            Assert.Matches("salesopsar_assigned_ars\\{[^}]*assignee=\"jdoe\"[^}]*\\} 2\\b", metrics);
            Assert.Matches("salesopsar_oldest_ar_age_days\\{[^}]*state=\"ActionNeeded\"[^}]*\\} 2.125\\b", metrics); // Mon 09:00 → Wed 10:00: 2 days and 1 of 8 hours
        }
        catch (Xunit.Sdk.XunitException e)
        {
            throw new Xunit.Sdk.XunitException($"{e.Message}\n--- the scrape ---\n{string.Join('\n', metrics.Split('\n').Where(l => l.StartsWith("salesopsar_", StringComparison.Ordinal)))}");
        }
    }
}
