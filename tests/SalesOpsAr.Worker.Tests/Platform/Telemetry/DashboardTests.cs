using System.Diagnostics;
using System.Text.Json;
using SalesOpsAr.Worker.Tests.Infrastructure;

namespace SalesOpsAr.Worker.Tests.Platform.Telemetry;

/// <summary>
/// deploy/grafana/salesopsar.json and deploy/prometheus/alerts.yaml checked with the real thing: promtool checks the
/// rules, and a real Prometheus scrapes the service under test after a few seeded events; every PromQL expression of
/// the dashboard and the alerts must evaluate without error, and the core panels must show data.
/// </summary>
public sealed class DashboardTests : IDisposable
{
    private static readonly string Dashboard = Repository.PathOf("deploy", "grafana", "salesopsar.json");
    private static readonly string Alerts = Repository.PathOf("deploy", "prometheus", "alerts.yaml");

    private readonly FakeGitLab _gitLab = new();

    public void Dispose() => _gitLab.Dispose();

    [Fact]
    public async Task TheAlertRules_PassPromtool()
    {
        Assert.True(File.Exists("/usr/bin/promtool"), "/usr/bin/promtool is missing: ./tests/run.sh installs Debian's prometheus");
        var start = new ProcessStartInfo("/usr/bin/promtool", ["check", "rules", Alerts]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var promtool = Process.Start(start)!;
        var output = await promtool.StandardOutput.ReadToEndAsync() + await promtool.StandardError.ReadToEndAsync();
        await promtool.WaitForExitAsync();

        Assert.True(promtool.ExitCode == 0, output);
        Assert.Contains("SUCCESS: 7 rules found", output, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDashboard_IsGrafanaJson_EveryPanelOnThePrometheusDatasource()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Dashboard));
        var panels = json.RootElement.GetProperty("panels").EnumerateArray().Where(p => p.GetProperty("type").GetString() != "row").ToList();

        Assert.Equal("salesopsar", json.RootElement.GetProperty("uid").GetString());
        Assert.True(panels.Count >= 15, $"{panels.Count} panels");
        Assert.All(panels, p =>
        {
            Assert.Equal("prometheus", p.GetProperty("datasource").GetProperty("type").GetString());
            Assert.Contains(p.GetProperty("targets").EnumerateArray(), t => !string.IsNullOrWhiteSpace(t.GetProperty("expr").GetString()));
        });
        Assert.Equal(
            ["Intake and throughput", "Board (at the last sweep)", "Service levels", "Nudges", "GitLab budget", "Errors", "Licences (Salesforce, when the connector is on)"],
            json.RootElement.GetProperty("panels").EnumerateArray().Where(p => p.GetProperty("type").GetString() == "row").Select(p => p.GetProperty("title").GetString()));
    }

    /// <summary>
    /// The service runs as its own process: OpenTelemetry finds meters by name, process-wide, so a host of another test
    /// alive in the test process could take this host's instruments and leave its scrape without them.
    /// </summary>
    [Fact]
    public async Task EveryExpression_EvaluatesOnARealScrape_AndTheCorePanelsShowData()
    {
        _gitLab.AddIssue(4242, 71, Ars.Template, labels: [Ars.InProgress], assignees: ["ksmith"]); // the sweep at start finds it: the board and load gauges
        using var host = ServiceProcess.Start(ServiceProcess.Environment(
            _gitLab, broker: null, ("Assistant__Enabled", "true"), ("Sweep__Interval", "00:01:00")));
        await host.WaitUntilReadyAsync();
        _gitLab.WebhookUrl = host.WebhookUrl;
        _gitLab.WebhookSecret = WorkerHost.WebhookSecret;
        var ar = _gitLab.AddIssue(4242, 70, Ars.Template);
        using (await _gitLab.PersonEditsAsync(ar, "requester", _ => { }, action: "open"))
        using (await _gitLab.PersonEditsAsync(ar, "jdoe", i => i.Assignees.Add("jdoe")))
        {
            await Eventually.Until(ar.LabelsNow, l => l.Contains(Ars.InProgress), "the pickup", seconds: 60);
        }

        await Eventually.Until(() => MetricsHeadAsync(host.BaseAddress, "salesopsar_assigned_ars").GetAwaiter().GetResult(), m => m.Contains("ksmith", StringComparison.Ordinal), "the sweep at start", seconds: 60);

        await using var prometheus = await PrometheusServer.StartAsync(host.BaseAddress, Alerts);
        try
        {
            await Eventually.Until(
                () => prometheus.QueryAsync("sum by (outcome) (rate(salesopsar_webhooks_total[5m]))").GetAwaiter().GetResult().Results,
                n => n > 0, "two scrapes, so that rates have data", seconds: 90); // a bound for a loaded machine: a scrape may not take over its 2 s
        }
        catch (Xunit.Sdk.XunitException e)
        {
            throw new Xunit.Sdk.XunitException($"{e.Message}\nPrometheus's targets: {await prometheus.TargetsAsync()}\n/metrics answers: {await MetricsHeadAsync(host.BaseAddress, "salesopsar_webhooks_total")}\nIts log: {string.Join("\n", host.Output.TakeLast(40))}");
        }

        var failed = new List<string>();
        foreach (var expression in Expressions())
        {
            var (status, _, error) = await prometheus.QueryAsync(expression);
            if (status != "success")
            {
                failed.Add($"{expression}: {error}");
            }
        }

        Assert.True(failed.Count == 0, string.Join("\n", failed));
        foreach (var core in new[]
        {
            "sum by (outcome) (rate(salesopsar_webhooks_total[5m])) * 60",
            "sum by (from, to) (increase(salesopsar_transitions_total[1h]))",
            "sum by (state) (salesopsar_open_ars)",
            "sum by (assignee) (salesopsar_assigned_ars)",
            "sum by (status) (rate(salesopsar_gitlab_calls_total[5m])) * 60",
            "sum by (kind) (increase(salesopsar_notes_posted_total[1h]))",
        })
        {
            Assert.Contains(core, Expressions());
            Assert.True((await prometheus.QueryAsync(core)).Results > 0, $"no data for the core panel's {core}");
        }

        var rules = await Eventually.Until(() => prometheus.RulesAsync().GetAwaiter().GetResult(), r => r.Count == 7 && r.All(x => x.Health != "unknown"), "the alert rules evaluated", seconds: 90);
        Assert.All(rules, r => Assert.True(r.Health == "ok", $"{r.Name}: {r.Health} {r.Error}"));
    }

    private static IReadOnlyList<string> Expressions()
    {
        using var dashboard = JsonDocument.Parse(File.ReadAllText(Dashboard));
        var panels = dashboard.RootElement.GetProperty("panels").EnumerateArray()
            .Where(p => p.TryGetProperty("targets", out _))
            .SelectMany(p => p.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("expr").GetString()!));
        var alerts = File.ReadAllLines(Alerts).Select(l => l.Trim()).Where(l => l.StartsWith("expr: ", StringComparison.Ordinal)).Select(l => l["expr: ".Length..]);
        return [.. panels.Concat(alerts)];
    }

    private static async Task<string> MetricsHeadAsync(Uri service, string metric)
    {
        using var http = new HttpClient { BaseAddress = service, Timeout = TimeSpan.FromSeconds(10) };
        try
        {
            var text = await http.GetStringAsync("/metrics");
            return $"{text.Length} characters, {metric} lines: {string.Join(" | ", text.Split('\n').Where(l => l.StartsWith(metric, StringComparison.Ordinal)))}";
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return $"(unreadable: {e.Message})";
        }
    }
}
