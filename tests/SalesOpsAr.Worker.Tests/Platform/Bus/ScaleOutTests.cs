using System.Net;
using SalesOpsAr.Worker.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SalesOpsAr.Worker.Tests.Platform.Bus;

/// <summary>
/// Two workers on one broker (competing consumers, each its own host with its own memory) take a shuffled
/// burst of 600 deliveries for 50 ARs: every AR's history of edits, 20% of deliveries duplicated (same
/// Idempotency-Key, half of them to the other worker), and GitLab echoing every edit the bot makes.
/// </summary>
public sealed class ScaleOutTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Ars = 50;
    private readonly FakeGitLab _gitLab = new() { SuppressEchoWithEventUuid = false };
    private BrokerScope _broker = null!;
    private WorkerHost _first = null!;
    private WorkerHost _second = null!;

    public async Task InitializeAsync()
    {
        _broker = await BrokerScope.CreateAsync();
        _first = new WorkerHost(Settings());
        _second = new WorkerHost(Settings(), bus: _first.Bus); // one record of the bus for both replicas: idle is idle for both
        _gitLab.WebhookUrl = _first.WebhookUrl; // GitLab's echoes go to one of them
        _gitLab.WebhookSecret = WorkerHost.WebhookSecret;
        _ = _second.BaseAddress;
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
        await _broker.DisposeAsync();
        _gitLab.Dispose();
    }

    [Fact]
    public async Task ShuffledBurstWithDuplicatesAndEchoes_EveryArEndsRight_WithNoDuplicateNote()
    {
        var deliveries = new List<(string Payload, string Header, string Key)>();
        var ars = new List<FakeIssue>();
        for (var i = 0; i < Ars; i++)
        {
            var ar = _gitLab.AddIssue(4242, 300 + i, SalesOpsAr.Simulation.Ars.Template);
            ars.Add(ar);
            var person = i % 2 == 0 ? "jdoe" : "ksmith";
            Record(deliveries, ar, "onboarding-bot", "open", _ => { });
            Record(deliveries, ar, person, "update", a => a.Assignees.Add(person));
            Record(deliveries, ar, person, "update", a => a.Labels.Add(SalesOpsAr.Simulation.Ars.HoldReason));
            Record(deliveries, ar, person, "update", a => a.Labels.Remove(SalesOpsAr.Simulation.Ars.HoldReason));
            if (i % 2 == 0)
            {
                Record(deliveries, ar, person, "update", a => a.Description = SalesOpsAr.Simulation.Ars.Ticked(a.Description));
            }

            while (deliveries.Count < (i + 1) * 10)
            {
                deliveries.Add((IssueHookPayload.Note(ar, person, "progress update"), "Confidential Note Hook", Guid.NewGuid().ToString()));
            }
        }

        var random = new Random(20261122);
        var duplicates = deliveries.OrderBy(_ => random.Next()).Take(deliveries.Count / 5).ToList();
        var burst = deliveries.Concat(duplicates).OrderBy(_ => random.Next()).ToList();
        var answers = new System.Collections.Concurrent.ConcurrentBag<HttpStatusCode>();
        using var first = new HttpClient { BaseAddress = _first.BaseAddress };
        using var second = new HttpClient { BaseAddress = _second.BaseAddress };
        await Parallel.ForEachAsync(burst.Select((d, n) => (d, n)), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (item, ct) =>
        {
            var (delivery, n) = item;
            var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/gitlab") { Content = new StringContent(delivery.Payload, System.Text.Encoding.UTF8, "application/json") };
            request.Headers.Add("X-Gitlab-Event", delivery.Header);
            request.Headers.Add("X-Gitlab-Token", WorkerHost.WebhookSecret);
            request.Headers.Add("Idempotency-Key", delivery.Key);
            using var response = await (n % 2 == 0 ? first : second).SendAsync(request, ct);
            answers.Add(response.StatusCode);
        });

        Assert.True(burst.Count >= 500 + 100, $"{burst.Count} deliveries");
        Assert.All(answers, a => Assert.True(a is HttpStatusCode.Accepted or HttpStatusCode.OK, $"{a}"));
        for (var i = 0; i < Ars; i++)
        {
            await Eventually.Until(ars[i].LabelsNow, l => l.Contains(i % 2 == 0 ? SalesOpsAr.Simulation.Ars.Completed : SalesOpsAr.Simulation.Ars.InProgress), $"AR {300 + i} in its final state", seconds: 60);
        }

        await Eventually.Until(() => _broker.MessageCountAsync("salesopsar-ar-changed").GetAwaiter().GetResult(), n => n == 0u, "the queue drained", seconds: 60);
        await _first.IdleAsync(_gitLab);

        for (var i = 0; i < Ars; i++)
        {
            var labels = ars[i].LabelsNow().Where(l => l.StartsWith("SalesOpsAR::", StringComparison.Ordinal)).ToList();
            Assert.Equal([i % 2 == 0 ? SalesOpsAr.Simulation.Ars.Completed : SalesOpsAr.Simulation.Ars.InProgress], labels);
            var notes = ars[i].BotNotes().Select(n => n.Body).ToList();
            Assert.Equal(notes.Count, notes.Distinct().Count());
            Assert.Single(notes); // the first event seen decides the final state at once; the rest change nothing
        }

        // MassTransit declares the error queue with the first fault: absent means none (ErrorQueueTests pins its name).
        Assert.True(await _broker.MessageCountAsync("salesopsar-ar-changed_error") is null or 0u);
        var calls = _gitLab.Calls().Count;
        output.WriteLine($"{burst.Count} deliveries ({duplicates.Count} duplicates), {_gitLab.EchoesSent} echoes, {calls} GitLab calls: {(double)calls / burst.Count:0.00} per delivery");
    }

    private Dictionary<string, string?> Settings()
    {
        var settings = WorkerHost.Settings(_gitLab, _broker);
        settings["Transport:ConcurrentMessageLimit"] = "8";
        return settings;
    }

    private static void Record(List<(string, string, string)> deliveries, FakeIssue ar, string person, string action, Action<FakeIssue> edit)
    {
        lock (ar.Gate)
        {
            var labels = ar.Labels.ToList();
            var assignees = ar.Assignees.ToList();
            edit(ar);
            deliveries.Add((IssueHookPayload.Issue(ar, person, action, labels, assignees), "Confidential Issue Hook", Guid.NewGuid().ToString()));
        }
    }
}
